/**
 * Controls one site build that runs in another process, the same way whichever process it is: a
 * build command (run-build.ts) or the warm build worker (warm-build/warm-builder.ts).
 * - the build's output goes to its log file, and its last lines are kept for the record;
 * - a timeout or a shutdown stops the build's whole process group (SIGTERM, then SIGKILL);
 * - the failure reason is worded once: the stop reason if it was stopped, else the build's own
 *   reason (`buildFailureReason`, below) with how the process ended, else how the process ended.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export const LOG_TAIL_LINES = 50;
/** How long a stopped build gets between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 3000;

export type BuildOutcome =
  { ok: true; logTail: string[] } | { ok: false; error: string; logTail: string[]; aborted: boolean };

/** Keeps the last `max` complete lines of a stream of chunks. */
export const createLineTail = (max: number) => {
  const lines: string[] = [];
  let partial = '';
  return {
    push(chunk: string): void {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > max) lines.shift();
      }
    },
    lines(): string[] {
      const all = partial === '' ? [...lines] : [...lines, partial];
      return all.slice(-max);
    },
  };
};

/**
 * The line of a failed site build's output that says why it failed, so the build record (and
 * the editors' Website panel, which shows the error's first line) reads "Cannot reach the CMS at
 * … Is it running?" rather than only "build command exited with code 1". Recognised: the CMS
 * loader's errors (web/src/loaders/strapi/client.ts, lib/cms/files/file-cache.ts) and the site's
 * settings errors (web/src/env.ts, loaders/strapi/options.ts), and missing site settings
 * (web/src/lib/site/content.ts: the one entry no page can be built without).
 */
const REASON_LINES: RegExp[] = [
  /Cannot reach the CMS at /,
  /The CMS at \S+ (refused|could not answer|did not answer)/,
  /Reading the CMS at \S+ failed/,
  /Cannot download .+ from /,
  /The site cannot be built: /,
  /Strapi loader: /,
  /Site settings are not published in the CMS/,
];
const MAX_LENGTH = 300;

/** The last recognised reason line in the build's output tail, or null. */
export const buildFailureReason = (logTail: readonly string[]): string | null => {
  for (let i = logTail.length - 1; i >= 0; i -= 1) {
    const line = stripVTControlCharacters(logTail[i] ?? '').trim();
    if (!REASON_LINES.some((pattern) => pattern.test(line))) continue;
    // "[ERROR] …", "error: …" or an error's stack header ("CmsRequestError: …") before the reason.
    const reason = line.replace(/^(\[ERROR\]\s*|error:?\s*)?([A-Za-z]*Error:\s*)?/i, '');
    return reason.length > MAX_LENGTH ? `${reason.slice(0, MAX_LENGTH - 1)}…` : reason;
  }
  return null;
};

/** How a build process ended, e.g. `build command exited with code 1`, `build worker was killed by SIGKILL`. */
export const describeExit = (what: string, code: number | null, signal: NodeJS.Signals | null): string =>
  signal ? `${what} was killed by ${signal}` : `${what} exited with code ${code}`;

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

const groupAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Stops a process started with `detached: true` and every process in its group (npm and the
 * build under it, Astro's helpers): SIGTERM, then SIGKILL after `graceMs` to whatever of the
 * group is left, even once the leader has gone. Resolves once the leader has exited.
 */
export const stopProcessGroup = async (child: ChildProcess, graceMs = KILL_GRACE_MS): Promise<void> => {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = hasExited(child)
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), graceMs);
  timer.unref();
  await exited;
  if (!groupAlive(pid)) clearTimeout(timer);
};

export type BuildControl = {
  /** The build's output (stdout and stderr): into the log and the tail. */
  output: (chunk: Buffer) => void;
  /**
   * Ends the build: `exit` null when the process says it succeeded, else how it ended. A build
   * that was stopped fails with the stop reason whatever the process said. Only the first call
   * counts; the log is closed before the outcome resolves.
   */
  settle: (exit: string | null) => Promise<BuildOutcome>;
};

export type BuildControlOptions = {
  logFile: string;
  /** The first line of the log: what runs (`$ <header>`). */
  header: string;
  timeoutMs: number;
  /** Aborting stops the build (the service is shutting down). */
  signal: AbortSignal;
  /** Stops the build's process (group); called at most once, on timeout or abort. */
  stop: () => void;
};

export const controlBuild = ({
  logFile,
  header,
  timeoutMs,
  signal,
  stop,
}: BuildControlOptions): BuildControl => {
  const log = createWriteStream(logFile, { flags: 'a' });
  // A full disk must not crash the service: the tail is still kept and recorded with the build.
  log.on('error', () => undefined);
  const tail = createLineTail(LOG_TAIL_LINES);
  log.write(`$ ${header}\n`);

  let stopReason: string | null = null;
  let aborted = false;
  const stopWith = (reason: string): void => {
    if (stopReason !== null) return;
    stopReason = reason;
    stop();
  };
  const timeout = setTimeout(() => stopWith(`build timed out after ${timeoutMs} ms`), timeoutMs);
  const onAbort = (): void => {
    aborted = true;
    stopWith('build stopped because the service is shutting down');
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });

  let settled: Promise<BuildOutcome> | null = null;
  const settle = (exit: string | null): Promise<BuildOutcome> => {
    if (settled) return settled;
    clearTimeout(timeout);
    signal.removeEventListener('abort', onAbort);
    const logTail = tail.lines();
    let outcome: BuildOutcome;
    if (stopReason === null && exit === null) outcome = { ok: true, logTail };
    else {
      // The build's own reason first (e.g. the CMS cannot be reached): it is what an editor reads.
      const reason = stopReason === null ? buildFailureReason(logTail) : null;
      const ended = exit ?? 'build stopped';
      const error = stopReason ?? (reason ? `${reason} (${ended})` : ended);
      outcome = { ok: false, error, logTail, aborted };
    }
    settled = new Promise((resolve) =>
      log.end(`\n# ${outcome.ok ? 'build succeeded' : `build failed: ${outcome.error}`}\n`, () =>
        resolve(outcome),
      ),
    );
    return settled;
  };

  return {
    output: (chunk) => {
      log.write(chunk);
      tail.push(chunk.toString('utf8'));
    },
    settle,
  };
};
