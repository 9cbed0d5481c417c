/**
 * Child processes for the tests that run whole systems (drills, publishing): spawned with their
 * output kept (the last lines, for a failure message, and searchable while they run), and
 * stopped for sure.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export type Child = {
  name: string;
  process: ChildProcess;
  /** The last lines it printed, each prefixed with its name. */
  recentOutput: (lines?: number) => string;
  /** Resolves once a line it prints (from now on, or already printed) matches. */
  waitForOutput: (pattern: RegExp, timeoutMs: number) => Promise<string>;
  exited: () => boolean;
  /** SIGTERM, then SIGKILL after graceMs; resolves once it has exited. */
  stop: (graceMs?: number) => Promise<void>;
  /** SIGKILL (a crash) and wait for the exit. */
  kill: () => Promise<void>;
  /** Sends a signal if it still runs (SIGSTOP freezes it, SIGCONT resumes it). */
  signal: (sig: NodeJS.Signals) => void;
};

const KEEP_LINES = 300;

export const startChild = (
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & {
    /** Lines not worth keeping (say, a request log that would push everything else out). */
    ignore?: RegExp;
  },
): Child => {
  const { ignore, ...spawnOptions } = options;
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim() || ignore?.test(line)) continue;
      lines.push(line);
      for (const watch of watchers) watch(line);
    }
    lines.splice(0, Math.max(0, lines.length - KEEP_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;

  const waitForOutput = (pattern: RegExp, timeoutMs: number): Promise<string> =>
    new Promise((resolve, reject) => {
      const already = lines.find((line) => pattern.test(line));
      if (already !== undefined) return resolve(already);
      const done = (): void => {
        clearTimeout(timer);
        watchers.delete(watch);
        child.off('exit', onExit);
      };
      const watch = (line: string): void => {
        if (!pattern.test(line)) return;
        done();
        resolve(line);
      };
      const onExit = (): void => {
        done();
        reject(new Error(`${name} exited before printing ${pattern}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${name} printed nothing matching ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      watchers.add(watch);
      child.once('exit', onExit);
    });

  const signal = (sig: NodeJS.Signals): void => {
    if (!exited()) child.kill(sig);
  };
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (exited()) return;
    signal('SIGCONT'); // a frozen process cannot act on SIGTERM
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), graceMs);
    await exitedPromise;
    clearTimeout(timer);
  };
  const kill = async (): Promise<void> => {
    if (exited()) return;
    signal('SIGKILL');
    await exitedPromise;
  };

  return {
    name,
    process: child,
    recentOutput: (count = 60) =>
      lines
        .slice(-count)
        .map((line) => `${name}: ${line}`)
        .join('\n'),
    waitForOutput,
    exited,
    stop,
    kill,
    signal,
  };
};

/** Runs a drill step; on failure prints what the children (as they are then) said last, then fails. */
export const withOutputOnFailure = async <T>(
  children: () => Array<Child | undefined>,
  fn: () => Promise<T>,
): Promise<T> => {
  try {
    return await fn();
  } catch (error) {
    for (const child of children()) if (child) process.stderr.write(`${child.recentOutput(80)}\n`);
    throw error;
  }
};
