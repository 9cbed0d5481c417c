/**
 * Runs a command and measures it: wall time, exit code, every output line with the moment it
 * arrived, and the peak memory of its whole process tree (npm -> astro -> workers), sampled from
 * /proc every 100 ms: the sum of the tree's RSS, and the largest single process.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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
    });
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
      reject(error);
    });
    child.once('close', (code) => {
      clearInterval(sampler);
      resolve({
        code,
        wallMs: performance.now() - started,
        lines,
        peakTreeRssBytes: peakTree,
        peakProcessRssBytes: peakProcess,
      });
    });
  });
