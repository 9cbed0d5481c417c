/**
 * Runs a command and measures it: wall time, exit code, every output line with the moment it
 * arrived, and the peak memory of its whole process tree (npm -> astro -> workers), sampled from
 * /proc every 100 ms: the sum of the tree's RSS, and the largest single process. The command runs
 * in a process group of its own, stopped whole if the benchmark is stopped (lib/cleanup.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { onCleanup } from './cleanup.ts';

export type TimedLine = { atMs: number; text: string };

export type TreeRun = {
  code: number | null;
  wallMs: number;
  lines: TimedLine[];
  /** Highest sampled sum of RSS over the process and all its descendants. */
  peakTreeRssBytes: number;
  /** Highest sampled RSS of any one process of the tree. */
  peakProcessRssBytes: number;
};

const PAGE_SIZE = 4096;

/** pid -> [ppid, rss bytes] for every process now. */
const snapshot = (): Map<number, [number, number]> => {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at ") ".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      table.set(Number(name), [ppid, rssPages * PAGE_SIZE]);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
};

const treeRss = (root: number): { sum: number; max: number } => {
  const table = snapshot();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  let max = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const rss = table.get(pid)?.[1] ?? 0;
    sum += rss;
    max = Math.max(max, rss);
    queue.push(...(children.get(pid) ?? []));
  }
  return { sum, max };
};

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

export const runMeasured = (
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; echo?: boolean },
): Promise<TreeRun> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const exited = new Promise<void>((done) => child.once('close', () => done()));
    const stop = onCleanup(`${command} ${args.join(' ')}`.slice(0, 80), () => stopGroup(child, exited));
    const lines: TimedLine[] = [];
    let peakTree = 0;
    let peakProcess = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const { sum, max } = treeRss(child.pid);
      peakTree = Math.max(peakTree, sum);
      peakProcess = Math.max(peakProcess, max);
    };
    const sampler = setInterval(sample, 100);
    const collect = (stream: NodeJS.ReadableStream): void => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) {
          lines.push({ atMs: performance.now() - started, text });
          if (options.echo) process.stdout.write(`    | ${text}\n`);
        }
      });
      stream.on('end', () => {
        if (rest) lines.push({ atMs: performance.now() - started, text: rest });
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.once('error', (error) => {
      clearInterval(sampler);
      void stop();
      reject(error);
    });
    child.once('close', (code) => {
      clearInterval(sampler);
      void stop();
      resolve({
        code,
        wallMs: performance.now() - started,
        lines,
        peakTreeRssBytes: peakTree,
        peakProcessRssBytes: peakProcess,
      });
    });
  });
