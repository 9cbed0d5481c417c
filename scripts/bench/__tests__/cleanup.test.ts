/**
 * Benchmarks clean up after themselves, whatever happens: the publish benchmark stopped with
 * SIGTERM in the middle of a site build leaves no process and no temporary folder behind (and
 * never touched the running system's caches), and a rebuild service that does not come up is
 * stopped with everything made for it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive, descendants, type ProcessId } from '../../../e2e/production/support/processes.ts';
import { fingerprintRunningSystemCaches } from '../../../web/tests/support/cache-fingerprint.ts';
import { WEB_DIR } from '../../../web/tests/support/isolated-web-root.ts';
import { cleanUp } from '../lib/cleanup.ts';
import { startRebuildService } from '../lib/rebuild-service.ts';

jest.setTimeout(300_000);

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BENCH_COPIES = path.join(WEB_DIR, 'tests', '.tmp');

/**
 * What a benchmark may leave in its temporary directory: the service log and the builds' logs it
 * prints the paths of, and the compile cache Node keeps there for TypeScript's compiler (shared
 * by every tsc run).
 */
const EXPECTED_IN_TMP = new Set([
  'bench-publish-to-live.service.log',
  'bench-publish-to-live.build-logs',
  'node-compile-cache',
]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
const until = async (what: string, check: () => boolean, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
};
const benchCopiesOf = (pid: number | undefined): string[] =>
  existsSync(BENCH_COPIES) ? readdirSync(BENCH_COPIES).filter((n) => n.startsWith(`bench-web-${pid}-`)) : [];

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-cleanup-test-'));
});
afterEach(async () => {
  await cleanUp(); // whatever a failing test left registered
  rmSync(tmp, { recursive: true, force: true });
});

test('a publish benchmark stopped with SIGTERM mid-build leaves no process and no temporary folder', async () => {
  const systemBefore = fingerprintRunningSystemCaches();
  const bench = spawn(
    process.execPath,
    [
      'scripts/bench/publish-to-live.ts',
      ...['--news', '3', '--resources', '2', '--publishes', '1', '--storm-events', '0'],
    ],
    // Its own temporary directory, so whatever it leaves there is plain to see.
    { cwd: REPO_ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  for (const stream of [bench.stdout, bench.stderr])
    stream.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => bench.once('exit', (code) => resolve(code)));

  let started: ProcessId[] = [];
  try {
    // The first build is running in the warm worker: its log is being written.
    const buildLogs = (): string[] =>
      readdirSync(tmp)
        .filter((name) => name.startsWith('bench-rebuild-'))
        .flatMap((name) => {
          const logs = path.join(tmp, name, 'logs');
          return existsSync(logs) ? readdirSync(logs) : [];
        });
    await until(
      'the first build to start',
      () => {
        if (bench.exitCode !== null) throw new Error(`the benchmark ended early:\n${output}`);
        return buildLogs().length > 0;
      },
      240_000,
    );
    started = descendants(bench.pid as number);
    // The benchmark (with its CMS), the rebuild service and its build worker at least.
    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(tmp).filter((name) => !EXPECTED_IN_TMP.has(name)).length).toBeGreaterThanOrEqual(2);
    expect(benchCopiesOf(bench.pid)).toHaveLength(1);

    bench.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(90_000).then(() => 'still running')]);
    await until('every process it started to end', () => started.every((p) => !alive(p)), 10_000).catch(
      () => undefined,
    );

    expect({
      exit: code,
      stillRunning: started.filter(alive).map((p) => `${p.pid} ${p.command}`),
      leftInTmp: readdirSync(tmp).filter((name) => !EXPECTED_IN_TMP.has(name)),
      copiesOfTheSite: benchCopiesOf(bench.pid),
      compiledCms: existsSync(path.join(REPO_ROOT, 'cms', '.tmp', `bench-dist-${bench.pid}`)),
    }).toEqual({ exit: 143, stillRunning: [], leftInTmp: [], copiesOfTheSite: [], compiledCms: false });
    expect(fingerprintRunningSystemCaches()).toEqual(systemBefore);
  } finally {
    // Whatever a failure left behind: no stray processes or folders after the test either.
    for (const p of started.filter(alive)) process.kill(p.pid, 'SIGKILL');
    if (bench.exitCode === null) bench.kill('SIGKILL');
    rmSync(path.join(REPO_ROOT, 'cms', '.tmp', `bench-dist-${bench.pid}`), { recursive: true, force: true });
    for (const copy of benchCopiesOf(bench.pid)) rmSync(path.join(BENCH_COPIES, copy), { recursive: true });
  }
});

test('a rebuild service that never answers is stopped, with its folders and its copy of the site', async () => {
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  const serviceProcesses: ProcessId[] = [];
  try {
    // It listens on another port than the one it is asked on: /health never answers.
    const starting = startRebuildService(
      { cmsUrl: 'http://127.0.0.1:9', buildToken: 'unused-token' },
      { REBUILD_PORT: '0' },
      { healthTimeoutMs: 5000 },
    );
    starting.catch(() => undefined); // awaited below
    const others = () => descendants(process.pid).filter((p) => p.pid !== process.pid);
    // The service and the build worker it starts at once.
    await until('the service and its worker', () => others().length >= 2, 30_000);
    serviceProcesses.push(...others());
    await expect(starting).rejects.toThrow(/did not answer \/health/);
  } finally {
    process.env.TMPDIR = previousTmp;
  }
  expect(serviceProcesses.length).toBeGreaterThan(0);
  expect(serviceProcesses.filter(alive)).toEqual([]);
  expect(readdirSync(tmp)).toEqual([]);
  expect(benchCopiesOf(process.pid)).toEqual([]);
});
