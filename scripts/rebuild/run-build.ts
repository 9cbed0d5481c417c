/**
 * Runs the site build command in its own process group, writes its output to a log file and
 * keeps the last lines for the record. Stops it (the whole group) on timeout or on request.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { buildFailureReason } from './build-failure-reason.ts';

export const LOG_TAIL_LINES = 50;
const KILL_GRACE_MS = 3000;

export type BuildJob = {
  command: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  outDir: string;
  releaseId: string;
  logFile: string;
  timeoutMs: number;
  /** Aborting stops the build (used on shutdown). */
  signal: AbortSignal;
  /** The build leaves the search index to the service, which updates it after the swap. */
  searchIndexAfterSwap?: boolean;
  /** Told the build's process (group) id, so a restarted service can stop an orphaned build. */
  onSpawn?: (pid: number) => void;
};

export type BuildOutcome =
  { ok: true; logTail: string[] } | { ok: false; error: string; logTail: string[]; aborted: boolean };

export type RunBuild = (job: BuildJob) => Promise<BuildOutcome>;

/** Single-quotes a path for sh, so `{out}` can hold any character. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

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

export const runBuildCommand: RunBuild = (job) =>
  new Promise((resolve) => {
    if (job.command.trim() === '') {
      resolve({ ok: false, error: 'no build command is configured', logTail: [], aborted: false });
      return;
    }
    const log = createWriteStream(job.logFile, { flags: 'a' });
    // A full disk must not crash the service: the tail is still kept and recorded with the build.
    log.on('error', () => undefined);
    const tail = createLineTail(LOG_TAIL_LINES);
    const command = job.command.replaceAll('{out}', shellQuote(job.outDir));
    log.write(`$ ${command}\n`);

    const child = spawn(command, {
      shell: true,
      cwd: job.cwd,
      env: { ...job.env, SITE_OUT_DIR: job.outDir, REBUILD_RELEASE_ID: job.releaseId },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a timeout stops npm *and* the build under it
    });
    if (child.pid !== undefined) job.onSpawn?.(child.pid);
    const onData = (chunk: Buffer): void => {
      log.write(chunk);
      tail.push(chunk.toString('utf8'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);

    let stopReason: string | null = null;
    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    const stopGroup = (reason: string): void => {
      if (stopReason !== null) return;
      stopReason = reason;
      const kill = (sig: NodeJS.Signals): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, sig);
        } catch {
          // already gone
        }
      };
      kill('SIGTERM');
      killTimer = setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const timeout = setTimeout(() => stopGroup(`build timed out after ${job.timeoutMs} ms`), job.timeoutMs);
    const onAbort = (): void => {
      aborted = true;
      stopGroup('build stopped because the service is shutting down');
    };
    if (job.signal.aborted) onAbort();
    else job.signal.addEventListener('abort', onAbort, { once: true });

    let finished = false;
    const finish = (outcome: BuildOutcome): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      job.signal.removeEventListener('abort', onAbort);
      log.end(`\n# ${outcome.ok ? 'build succeeded' : `build failed: ${outcome.error}`}\n`, () =>
        resolve(outcome),
      );
    };
    child.on('error', (error) =>
      finish({
        ok: false,
        error: `could not start the build: ${error.message}`,
        logTail: tail.lines(),
        aborted,
      }),
    );
    child.on('close', (code, signal) => {
      if (stopReason === null && code === 0) return finish({ ok: true, logTail: tail.lines() });
      const exit = signal ? `build was killed by ${signal}` : `build command exited with code ${code}`;
      // The build's own reason first (e.g. the CMS cannot be reached): it is what an editor reads.
      const reason = stopReason === null ? buildFailureReason(tail.lines()) : null;
      const error = stopReason ?? (reason ? `${reason} (${exit})` : exit);
      finish({ ok: false, error, logTail: tail.lines(), aborted });
    });
  });
