/**
 * Runs one measured command for process-tree.ts's `runMeasured`, in a worker thread of its own so
 * that nothing the benchmark's thread does (the in-process CMS answering the build) delays when a
 * line is stamped or memory is sampled. The command runs in a process group of its own; the
 * benchmark's thread gets its pid first (to stop the group) and the measurements at the end.
 */
import { spawn } from 'node:child_process';
import { parentPort, workerData } from 'node:worker_threads';
import type { MeasureMessage, TimedLine } from './process-tree.ts';
import { treeRss, type ProcessRss } from './tree-rss.ts';

type Job = {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  echo: boolean;
};

const job = workerData as Job;
const post = (message: MeasureMessage): void => parentPort?.postMessage(message);

const started = performance.now();
const child = spawn(job.command, job.args, {
  cwd: job.cwd,
  env: job.env,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
if (child.pid !== undefined) post({ kind: 'started', pid: child.pid });

const lines: TimedLine[] = [];
let peakTree = 0;
let peakProcess = 0;
let atPeak: ProcessRss[] = [];
const sample = (): void => {
  if (child.pid === undefined) return;
  const { sum, max, processes } = treeRss(child.pid);
  if (sum > peakTree) {
    peakTree = sum;
    atPeak = processes.filter((p) => p.rssBytes > 0).sort((a, b) => b.rssBytes - a.rssBytes);
  }
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
      if (job.echo) process.stdout.write(`    | ${text}\n`);
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
  post({ kind: 'error', error: error.message });
});
child.once('close', (code) => {
  clearInterval(sampler);
  post({
    kind: 'done',
    run: {
      code,
      wallMs: performance.now() - started,
      lines,
      peakTreeRssBytes: peakTree,
      peakProcessRssBytes: peakProcess,
      atPeak,
    },
  });
});
