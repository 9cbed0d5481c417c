/**
 * Runs the site build command (REBUILD_COMMAND) in its own process group; build-process.ts logs
 * it, times it out and words its failure.
 */
import { spawn } from 'node:child_process';
import { controlBuild, describeExit, stopProcessGroup, type BuildOutcome } from './build-process.ts';

export { createLineTail, LOG_TAIL_LINES, type BuildOutcome } from './build-process.ts';

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
  /** Where the build writes the entries it left out (SITE_LEFT_OUT_FILE, see left-out.ts). */
  leftOutFile?: string;
  /** Told the build's process (group) id, so a restarted service can stop an orphaned build. */
  onSpawn?: (pid: number) => void;
};

export type RunBuild = (job: BuildJob) => Promise<BuildOutcome>;

/** Single-quotes a path for sh, so `{out}` can hold any character. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

export const runBuildCommand: RunBuild = async (job) => {
  if (job.command.trim() === '') {
    return { ok: false, error: 'no build command is configured', logTail: [], aborted: false };
  }
  const command = job.command.replaceAll('{out}', shellQuote(job.outDir));
  const child = spawn(command, {
    shell: true,
    cwd: job.cwd,
    env: {
      ...job.env,
      SITE_OUT_DIR: job.outDir,
      REBUILD_RELEASE_ID: job.releaseId,
      SITE_LEFT_OUT_FILE: job.leftOutFile ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a timeout stops npm *and* the build under it
  });
  const control = controlBuild({
    logFile: job.logFile,
    header: command,
    timeoutMs: job.timeoutMs,
    signal: job.signal,
    stop: () => void stopProcessGroup(child),
  });
  if (child.pid !== undefined) job.onSpawn?.(child.pid);
  child.stdout.on('data', control.output);
  child.stderr.on('data', control.output);
  return new Promise<BuildOutcome>((resolve) => {
    child.on('error', (error) => resolve(control.settle(`could not start the build: ${error.message}`)));
    child.on('close', (code, signal) =>
      resolve(
        control.settle(code === 0 && signal === null ? null : describeExit('build command', code, signal)),
      ),
    );
  });
};
