/**
 * Runs a command and measures it: wall time, exit code, every output line with the moment it
 * arrived, and the peak memory of its whole process tree (npm -> astro -> workers), sampled from
 * /proc every 100 ms: the sum of the tree's RSS, and the largest single process. The command runs
 * in a process group of its own, stopped whole if the benchmark is stopped (lib/cleanup.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { onCleanup } from './cleanup.ts';
import type { ProcessRss } from './tree-rss.ts';

export type TimedLine = { atMs: number; text: string };

export type TreeRun = {
  code: number | null;
  wallMs: number;
  lines: TimedLine[];
  /** Highest sampled sum of RSS over the process and all its descendants. */
  peakTreeRssBytes: number;
  /** Highest sampled RSS of any one process of the tree. */
  peakProcessRssBytes: number;
  /** The tree at its peak: each process's command and RSS, largest first (where the memory went). */
  atPeak: ProcessRss[];
};

/** What measure-worker.ts tells the benchmark's thread. */
export type MeasureMessage =
  { kind: 'started'; pid: number } | { kind: 'done'; run: TreeRun } | { kind: 'error'; error: string };

/** SIGTERM to a detached child's whole process group, SIGKILL if it is still there `graceMs` later. */
export const stopGroup = async (
  child: ChildProcess,
  exited: Promise<void>,
  graceMs = 5000,
): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const kill = (signal: NodeJS.Signals): boolean => {
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false; // already gone
    }
  };
  if (!kill('SIGTERM')) return;
  const timer = setTimeout(() => kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
};

/**
 * Runs the command from a worker thread (measure-worker.ts): the benchmark's own thread also runs
 * the in-process CMS, which is busy for seconds at a time while the build reads it, and would
 * otherwise stamp the build's lines (and sample its memory) late. A build's "start-up" once
 * read 15.5 s that way, when the build had logged its content sync 5 s after it started.
 */
export const runMeasured = (
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; echo?: boolean },
): Promise<TreeRun> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./measure-worker.ts', import.meta.url), {
      workerData: {
        command,
        args: [...args],
        cwd: options.cwd,
        env: { ...options.env },
        echo: options.echo === true,
      },
    });
    const ended = new Promise<void>((done) => worker.once('exit', () => done()));
    let pid: number | undefined;
    const kill = (signal: NodeJS.Signals): void => {
      try {
        if (pid !== undefined) process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    const stop = onCleanup(`${command} ${args.join(' ')}`.slice(0, 80), async () => {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await ended;
      clearTimeout(timer);
    });
    worker.on('message', (message: MeasureMessage) => {
      if (message.kind === 'started') pid = message.pid;
      else if (message.kind === 'done') {
        pid = undefined;
        void stop();
        resolve(message.run);
      } else {
        pid = undefined;
        void stop();
        reject(new Error(message.error));
      }
    });
    worker.once('error', (error) => {
      void stop();
      reject(error);
    });
  });
