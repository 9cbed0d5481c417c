/**
 * Entries a build left out of the site (web/src/loaders/strapi/left-out.ts) travel with the
 * build: the build writes them to SITE_LEFT_OUT_FILE, the service keeps them in the build record
 * and /status, and the build still goes live. Driven through the real service with the fake
 * build command, and once through the warm build worker's path (testing/fake-warm-worker.ts).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { LEFT_OUT_KEPT } from '../left-out.ts';
import { createMemoryLogger } from '../logger.ts';
import { liveRelease, releaseDir } from '../releases.ts';
import { createWarmBuilder } from '../warm-build/warm-builder.ts';
import { makeFixture, startService, stopAll, type Fixture } from './helpers.ts';

const FAKE_WORKER = path.join(import.meta.dirname, '..', 'testing', 'fake-warm-worker.ts');

const slugEntry = {
  type: 'api::article.article',
  documentId: 'k3v9q2mzq8x0d1t7b5w4n6yh',
  locale: 'en',
  title: 'Court rules on age <script>alert(1)</script>',
  problem:
    "Its URL name '..' cannot be used. The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.",
};

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

const buildOnce = async (service: Awaited<ReturnType<typeof startService>>['service']) => {
  service.trigger();
  await service.whenIdle();
  return service.status({ includeLogs: false }).history[0];
};

it('keeps what a build left out with its record and /status, and the build still goes live', async () => {
  const { service, logger } = await startService(fixture);
  fixture.control({ leftOut: [slugEntry] });
  const record = await buildOnce(service);

  expect(record).toMatchObject({
    kind: 'build',
    result: 'success',
    live: true,
    leftOut: [slugEntry],
    leftOutCount: 1,
  });
  const live = liveRelease(fixture.dataDir) as string;
  expect(record?.kind === 'build' && record.release).toBe(live);
  const status = await request(service.webhookApp).get('/status');
  expect(status.body.history[0]).toMatchObject({ result: 'success', leftOut: [slugEntry] });
  expect(logger.lines).toContainEqual(expect.objectContaining({ msg: 'build published', leftOut: 1 }));

  // The list never reaches the served release, and is not left lying about either.
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('left-out'));
  expect(files(releaseDir(fixture.dataDir, live))).toEqual([]);
  expect(files(path.join(fixture.dataDir, 'logs'))).toEqual([]);

  // The next build left nothing out: its record says nothing about it.
  fixture.control({ leftOut: [] });
  const clean = await buildOnce(service);
  expect(clean).toMatchObject({ result: 'success' });
  expect(clean && 'leftOut' in clean ? clean.leftOut : undefined).toBeUndefined();
});

it('keeps the list of a failed build, which may name the entry the site could not do without', async () => {
  const { service } = await startService(fixture);
  const settings = { ...slugEntry, type: 'api::site-setting.site-setting', title: 'Charity', problem: 'x' };
  fixture.control({ fail: true, leftOut: [settings] });
  expect(await buildOnce(service)).toMatchObject({ result: 'failed', leftOut: [settings], leftOutCount: 1 });
});

it('keeps at most a hundred entries with shortened words, and ignores a list it cannot read', async () => {
  const { service } = await startService(fixture);
  const many = Array.from({ length: 250 }, (_, i) => ({
    ...slugEntry,
    documentId: `doc${i}`,
    title: 'T'.repeat(100_000),
    problem: 'P'.repeat(100_000),
  }));
  fixture.control({ leftOut: many });
  const record = await buildOnce(service);
  if (record?.kind !== 'build') throw new Error('expected a build record');
  expect(record.leftOut).toHaveLength(LEFT_OUT_KEPT);
  expect(record.leftOutCount).toBe(250);
  expect(record.leftOut?.[0]?.title).toHaveLength(200);
  expect(record.leftOut?.[0]?.problem).toHaveLength(1000);

  for (const garbage of [{ not: 'a list' }, [{ documentId: 1 }], 'oops']) {
    fixture.control({ leftOut: garbage });
    const next = await buildOnce(service);
    expect(next).toMatchObject({ result: 'success', live: true });
    expect(next && 'leftOut' in next ? next.leftOut : undefined).toBeUndefined();
  }
});

it('hands the warm build worker the file to write, as it does a build command', async () => {
  const controlFile = path.join(fixture.root, 'worker-control.json');
  writeFileSync(controlFile, JSON.stringify({ leftOut: [slugEntry] }));
  const warm = createWarmBuilder({
    webRoot: fixture.root,
    env: { PATH: process.env.PATH, FAKE_WORKER_CONTROL: controlFile },
    logger: createMemoryLogger(),
    workerEntry: FAKE_WORKER,
  });
  try {
    const { service } = await startService(fixture, {
      runBuild: warm.runBuild,
      config: { buildCommand: null },
    });
    expect(await buildOnce(service)).toMatchObject({ result: 'success', leftOut: [slugEntry] });
    expect(existsSync(path.join(fixture.dataDir, 'logs'))).toBe(true);
  } finally {
    await stopAll();
    await warm.close();
  }
});
