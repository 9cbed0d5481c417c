/**
 * The build benchmark's measurements are the build's, not the benchmark's: a line is stamped when
 * the build writes it even while the benchmark's own thread (which runs the in-process CMS) is
 * busy, and the memory at the peak is broken down by process.
 */
import { runMeasured } from '../lib/process-tree.ts';

jest.setTimeout(60_000);

const busyFor = (ms: number): void => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // the CMS answering a page of 100 articles
  }
};

it('stamps a line when the command writes it, however busy the benchmark thread is', async () => {
  const script =
    "console.log('first'); const held = Buffer.alloc(64 * 1024 * 1024, 1);" +
    "setTimeout(() => { console.log('second', held.length); }, 300);";
  const running = runMeasured(process.execPath, ['-e', script], { cwd: process.cwd(), env: process.env });
  // The benchmark thread is blocked for 3 s from the moment the command starts.
  await new Promise((started) => setTimeout(started, 50));
  busyFor(3000);
  const run = await running;
  expect(run.code).toBe(0);
  const second = run.lines.find((line) => line.text.startsWith('second'));
  expect(second).toBeDefined();
  expect(second?.atMs).toBeLessThan(2000);
  // The 64 MB the command held, in the tree's peak and named by process.
  expect(run.peakTreeRssBytes).toBeGreaterThan(64 * 1024 * 1024);
  // Node names its process after its main thread.
  expect(run.atPeak[0]?.command).toMatch(/^(node|MainThread)$/);
  expect(run.atPeak.reduce((sum, p) => sum + p.rssBytes, 0)).toBe(run.peakTreeRssBytes);
});
