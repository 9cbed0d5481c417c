/**
 * The warm build worker, driven by the real rebuild service with a stand-in worker
 * (testing/fake-warm-worker.ts: the same messages, no Astro): builds share one process, a
 * crashed, failed or hung build costs the live site nothing and the next build gets a fresh
 * worker, and the search index goes live one publish behind, then is updated in place without
 * touching the release it came from.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createMemoryLogger } from '../logger.ts';
import { liveRelease, preparedDir, releaseDir } from '../releases.ts';
import { createWarmBuilder, type WarmBuilder } from '../warm-build/warm-builder.ts';
import { makeFixture, startService, stopAll, waitFor, type Fixture } from './helpers.ts';

const FAKE_WORKER = path.join(import.meta.dirname, '..', 'testing', 'fake-warm-worker.ts');

let fixture: Fixture;
let warm: WarmBuilder;
let controlFile: string;

/**
 * A stand-in for the site's search index update (web/src/lib/site/search-index.ts): a new list of
 * shards written beside the old one and renamed into place, as the real one does.
 */
const fakeSearchIndex = async (siteDir: string) => {
  const c = JSON.parse(readFileSync(controlFile, 'utf8')) as { searchFail?: boolean };
  if (c.searchFail) throw new Error('Pagefind could not start: fake');
  const live = path.join(siteDir, 'pagefind', 'shards.json');
  writeFileSync(`${live}.next`, JSON.stringify({ label: `updated in ${path.basename(siteDir)}` }));
  renameSync(`${live}.next`, live);
  return { pages: 2, shards: 1, indexed: 1, removed: 0 };
};

const setUp = async (options: { maxBuilds?: number; timeoutMs?: number } = {}) => {
  fixture = makeFixture();
  controlFile = path.join(fixture.root, 'worker-control.json');
  writeFileSync(controlFile, '{}');
  warm = createWarmBuilder({
    webRoot: fixture.root,
    env: { PATH: process.env.PATH, FAKE_WORKER_CONTROL: controlFile },
    logger: createMemoryLogger(),
    workerEntry: FAKE_WORKER,
    searchIndex: fakeSearchIndex,
    ...(options.maxBuilds ? { maxBuilds: options.maxBuilds } : {}),
  });
  const { service } = await startService(fixture, {
    runBuild: warm.runBuild,
    updateSearchIndex: warm.updateSearchIndex,
    prepareNextBuild: warm.prepareNextBuild,
    config: { buildCommand: null, buildTimeoutMs: options.timeoutMs ?? 10_000 },
  });
  return service;
};
const control = (value: Record<string, unknown>): void => writeFileSync(controlFile, JSON.stringify(value));

afterEach(async () => {
  await stopAll();
  await warm.close();
  fixture.cleanup();
});

type Service = Awaited<ReturnType<typeof setUp>>;
const build = async (service: Service) => {
  service.trigger();
  await service.whenIdle();
  return service.status({ includeLogs: true }).history[0];
};
const livePage = async (service: Service): Promise<string> =>
  (await request(service.siteHandler).get('/')).text;
const pidOf = (page: string): string => /pid:(\d+)/.exec(page)?.[1] ?? 'none';
const searchEntry = (release: string): string =>
  readFileSync(path.join(releaseDir(fixture.dataDir, release), 'pagefind', 'shards.json'), 'utf8');

it('builds again in the same worker process, with the search index updated after the swap', async () => {
  const service = await setUp();
  const firstBuild = await build(service);
  expect(firstBuild?.kind === 'build' && firstBuild.error).toBe(undefined);
  expect(firstBuild).toMatchObject({ result: 'success', live: true });
  const first = liveRelease(fixture.dataDir) as string;
  const firstPid = pidOf(await livePage(service));
  expect(searchEntry(first)).toContain(`built with ${first}`);

  const second = await build(service);
  expect(second).toMatchObject({ result: 'success', live: true, searchIndex: { result: 'updated' } });
  const secondRelease = liveRelease(fixture.dataDir) as string;
  expect(secondRelease).not.toBe(first);
  expect(pidOf(await livePage(service))).toBe(firstPid);
  // The new release went live with the previous index and then got its own…
  expect(searchEntry(secondRelease)).toContain(`updated in ${secondRelease}`);
  // …without changing the release the index was carried from (hard links, renamed over).
  expect(searchEntry(first)).toContain(`built with ${first}`);
  // The second build started from the folder the worker filled while the service was idle.
  expect(existsSync(path.join(releaseDir(fixture.dataDir, first), 'prepared.txt'))).toBe(false);
  expect(existsSync(path.join(releaseDir(fixture.dataDir, secondRelease), 'prepared.txt'))).toBe(true);
});

it('keeps the live site when the worker crashes mid-build, and builds next time in a new worker', async () => {
  const service = await setUp();
  await build(service);
  const live = liveRelease(fixture.dataDir);
  const pid = pidOf(await livePage(service));

  control({ crash: true });
  expect(await build(service)).toMatchObject({
    result: 'failed',
    live: false,
    error: 'build worker exited with code 3',
  });
  expect(liveRelease(fixture.dataDir)).toBe(live);

  control({});
  expect(await build(service)).toMatchObject({ result: 'success' });
  expect(pidOf(await livePage(service))).not.toBe(pid);
});

it("records the build's own reason when it fails, and replaces the worker", async () => {
  const service = await setUp();
  await build(service);
  const pid = pidOf(await livePage(service));
  control({ fail: true });
  const failed = await build(service);
  expect(failed).toMatchObject({ result: 'failed', live: false });
  expect(failed?.kind === 'build' && failed.error).toMatch(
    /^Cannot reach the CMS at http:\/\/127\.0\.0\.1:1/,
  );
  control({});
  await build(service);
  expect(pidOf(await livePage(service))).not.toBe(pid);
});

it('stops a build that runs past its timeout, whole worker included', async () => {
  const service = await setUp({ timeoutMs: 1000 });
  await build(service);
  const pid = pidOf(await livePage(service));
  control({ hangMs: 60_000 });
  expect(await build(service)).toMatchObject({ result: 'failed', error: 'build timed out after 1000 ms' });
  expect(() => process.kill(Number(pid), 0)).toThrow();
  control({});
  expect(await build(service)).toMatchObject({ result: 'success' });
});

it('replaces a worn worker between builds', async () => {
  const service = await setUp({ maxBuilds: 2 });
  await build(service);
  const pid = pidOf(await livePage(service));
  await build(service);
  expect(pidOf(await livePage(service))).toBe(pid);
  await build(service);
  expect(pidOf(await livePage(service))).not.toBe(pid);
});

it('keeps the new release live with the carried index when the search index update fails', async () => {
  const service = await setUp();
  await build(service);
  const first = liveRelease(fixture.dataDir) as string;
  control({ searchFail: true });
  const second = await build(service);
  expect(second).toMatchObject({ result: 'success', live: true, searchIndex: { result: 'failed' } });
  expect(second?.kind === 'build' && second.searchIndex?.error).toMatch(/Pagefind could not start/);
  const secondRelease = liveRelease(fixture.dataDir) as string;
  expect(searchEntry(secondRelease)).toContain(`built with ${first}`);
  const carried = path.join(releaseDir(fixture.dataDir, secondRelease), 'pagefind', 'shards.json');
  expect(statSync(carried).nlink).toBe(2);
});

it('drops the preparation of the next build when a publish arrives, instead of waiting for it', async () => {
  const service = await setUp();
  control({ prepareMs: 30_000 });
  service.trigger();
  const partial = path.join(preparedDir(fixture.dataDir), 'partial.txt');
  await waitFor(() => existsSync(partial), 10_000, 'the next build being prepared');
  const first = liveRelease(fixture.dataDir) as string;

  control({});
  const publishedAt = Date.now();
  service.trigger();
  await service.whenIdle();

  const second = service.status().history[0];
  expect(second).toMatchObject({ result: 'success', live: true });
  // Started after the quiet window (50 ms), not after the 30 s preparation.
  expect(Date.parse(second?.kind === 'build' ? second.startedAt : '') - publishedAt).toBeLessThan(2000);
  expect(Date.now() - publishedAt).toBeLessThan(5000);
  // The half-filled folder was set aside, never built into.
  const secondRelease = liveRelease(fixture.dataDir) as string;
  expect(secondRelease).not.toBe(first);
  expect(existsSync(path.join(releaseDir(fixture.dataDir, secondRelease), 'partial.txt'))).toBe(false);
});
