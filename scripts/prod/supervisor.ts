/**
 * The child processes of start:prod: spawned in their own process group (so a Ctrl-C reaches only
 * start:prod, which then stops them in order), their output prefixed with their name, and
 * stopped with a signal, then SIGKILL if they outlast the grace period.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type Exit = { code: number | null; signal: NodeJS.Signals | null; error?: Error };

export type Child = {
  name: string;
  process: ChildProcess;
  /** Resolves when the process has exited (or could not be started). */
  exited: Promise<Exit>;
  running: () => boolean;
};

export type SpawnOptions = { cwd: string; env: Readonly<Record<string, string | undefined>> };

const prefixLines = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream, name: string): void => {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) =>
    out.write(`[${name}] ${line}\n`),
  );
};

export const describeExit = ({ code, signal, error }: Exit): string =>
  error ? error.message : signal ? `killed by ${signal}` : `exit code ${code}`;

export const spawnChild = (
  name: string,
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Child => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  prefixLines(child.stdout, process.stdout, name);
  prefixLines(child.stderr, process.stderr, name);
  let done = false;
  const exited = new Promise<Exit>((resolve) => {
    // 'exit', not 'close': a grandchild (a site build) may hold the pipes open a little longer.
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
  }).finally(() => {
    done = true;
  });
  return { name, process: child, exited, running: () => !done };
};

/** Runs a command to completion; throws with its exit status when it fails. */
export const runStep = async (
  name: string,
  command: string,
  args: readonly string[],
  options: SpawnOptions,
  track: (child: Child) => () => void,
): Promise<void> => {
  const child = spawnChild(name, command, args, options);
  const untrack = track(child);
  const exit = await child.exited;
  untrack();
  if (exit.code !== 0) throw new Error(`${name} failed (${describeExit(exit)})`);
};

/** Signals the child's whole process group (a step's tsc under bash), or the child alone. */
const signalChild = (child: Child, signal: NodeJS.Signals, group: boolean): void => {
  const pid = child.process.pid;
  try {
    if (group && pid !== undefined) process.kill(-pid, signal);
    else child.process.kill(signal);
  } catch {
    // already gone
  }
};

/**
 * Sends `signal`, then SIGKILL after `graceMs`; resolves once the process has exited. Services
 * get the signal alone (they stop their own children in order); one-off steps, whole.
 */
export const stopChild = async (
  child: Child,
  signal: NodeJS.Signals,
  graceMs: number,
  { group = false } = {},
): Promise<void> => {
  if (!child.running()) return;
  signalChild(child, signal, group);
  const timer = setTimeout(() => {
    process.stderr.write(`[${child.name}] still running after ${graceMs} ms: killing it\n`);
    signalChild(child, 'SIGKILL', true);
  }, graceMs);
  await child.exited;
  clearTimeout(timer);
};

/** Last resort when start:prod itself is exiting abnormally: nothing it started may outlive it. */
export const killNow = (child: Child): void => {
  if (child.running()) signalChild(child, 'SIGKILL', true);
};
