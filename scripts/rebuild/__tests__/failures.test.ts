import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { liveRelease, releasesDir } from '../releases.ts';
import { makeFixture, startService, stopAll, type Fixture } from './helpers.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

const publishAndWait = async (
  service: Awaited<ReturnType<typeof startService>>['service'],
  event = 'entry.publish',
) => {
  service.accept({ source: 'webhook', event });
  await service.whenIdle();
  return service.status({ includeLogs: true }).history[0];
};

it('keeps the last good release live when a build fails, and records the error and the log tail', async () => {
  const { service, logger } = await startService(fixture);
  const good = await publishAndWait(service);
  expect(good).toMatchObject({ result: 'success', live: true });
  const goodRelease = liveRelease(fixture.dataDir);
  const before = await request(service.siteHandler).get('/');

  fixture.control({ fail: true });
  const failed = await publishAndWait(service);
  expect(failed).toMatchObject({ kind: 'build', result: 'failed', live: false });
  if (failed?.kind !== 'build') throw new Error('expected a build record');
  expect(failed.error).toBe('build command exited with code 1');
  // The tail: the last 50 lines, ending with the build's own error message.
  expect(failed.logTail).toHaveLength(50);
  expect(failed.logTail?.at(-1)).toBe('Error: fake build failed on purpose (the CMS could not be reached)');
  expect(failed.logTail?.[0]).toBe('fake build output line 32');
  // The full log is kept on disk.
  const fullLog = readFileSync(path.join(fixture.dataDir, 'logs', `${failed.release}.log`), 'utf8');
  expect(fullLog).toContain('fake build output line 1\n');

  expect(liveRelease(fixture.dataDir)).toBe(goodRelease);
  const after = await request(service.siteHandler).get('/');
  expect(after.status).toBe(200);
  expect(after.text).toBe(before.text);
  expect(after.headers['x-release']).toBe(goodRelease);
  // The failed output is not left behind as a release.
  expect(readdirSync(releasesDir(fixture.dataDir))).toEqual([goodRelease]);
  expect(logger.lines).toContainEqual(
    expect.objectContaining({ level: 'error', msg: 'build failed, the live site is unchanged' }),
  );
  const status = service.status();
  expect(status.live?.release).toBe(goodRelease);
  expect(status.lastSuccess?.release).toBe(goodRelease);

  // The next event builds again.
  fixture.control({});
  const recovered = await publishAndWait(service);
  expect(recovered).toMatchObject({ result: 'success', live: true });
  expect(liveRelease(fixture.dataDir)).not.toBe(goodRelease);
});

it('refuses a build with no 404.html and keeps the live site', async () => {
  const { service } = await startService(fixture);
  await publishAndWait(service);
  const live = liveRelease(fixture.dataDir);
  fixture.control({ skip404: true });
  const record = await publishAndWait(service);
  expect(record).toMatchObject({ result: 'failed', error: 'the build output has no 404.html' });
  expect(liveRelease(fixture.dataDir)).toBe(live);
});

it('refuses a first build with no index.html or 404.html: nothing goes live', async () => {
  const { service } = await startService(fixture, {
    config: { buildCommand: 'echo "built nothing" > /dev/null' },
  });
  const record = await publishAndWait(service);
  expect(record).toMatchObject({ result: 'failed', error: 'the build output has no index.html or 404.html' });
  expect(liveRelease(fixture.dataDir)).toBeNull();
  expect((await request(service.siteHandler).get('/')).status).toBe(503);
});

it('refuses a release whose page count collapsed, unless content was unpublished or deleted', async () => {
  const { service } = await startService(fixture);
  fixture.control({ pages: 20 });
  await publishAndWait(service);
  const live = liveRelease(fixture.dataDir);

  fixture.control({ pages: 3 }); // 5 pages (with index and 404) instead of 22
  const refused = await publishAndWait(service, 'entry.publish');
  expect(refused).toMatchObject({ result: 'failed', pageCount: 5 });
  expect(refused?.kind === 'build' && refused.error).toMatch(/5 pages, the live site 22/);
  expect(liveRelease(fixture.dataDir)).toBe(live);

  const allowed = await publishAndWait(service, 'entry.unpublish');
  expect(allowed).toMatchObject({ result: 'success', pageCount: 5 });

  fixture.control({ pages: 20 });
  await publishAndWait(service, 'entry.publish'); // growing is always fine
  fixture.control({ pages: 1 });
  service.trigger({ allowShrink: true }); // and by hand with permission
  await service.whenIdle();
  expect(service.status().history[0]).toMatchObject({ result: 'success', pageCount: 3 });
});

it("compares with the page count the live release's build recorded, without counting again", async () => {
  const { service } = await startService(fixture);
  fixture.control({ pages: 3 });
  await publishAndWait(service, 'entry.unpublish'); // 5 pages
  fixture.control({ pages: 20 });
  await publishAndWait(service); // live: 22 pages, recorded by its build
  const grown = liveRelease(fixture.dataDir);
  // Pages of the live release gone from disk (which never happens: releases are not edited)
  // make no difference: 5 pages against the 22 its build recorded is refused, where against the
  // 7 on disk now it would pass.
  for (let i = 1; i <= 15; i++) {
    rmSync(path.join(releasesDir(fixture.dataDir), String(grown), `page-${i}`), { recursive: true });
  }
  fixture.control({ pages: 3 });
  const refused = await publishAndWait(service, 'entry.publish');
  expect(refused?.kind === 'build' && refused.error).toMatch(/5 pages, the live site 22/);
  expect(liveRelease(fixture.dataDir)).toBe(grown);
});

it('stops a build that runs past the timeout and records why', async () => {
  const { service } = await startService(fixture, { config: { buildTimeoutMs: 300 } });
  fixture.control({ delayMs: 5000 });
  const started = Date.now();
  const record = await publishAndWait(service);
  expect(Date.now() - started).toBeLessThan(2500);
  expect(record).toMatchObject({ result: 'failed', error: 'build timed out after 300 ms' });
  expect(liveRelease(fixture.dataDir)).toBeNull();
  expect(existsSync(path.join(releasesDir(fixture.dataDir)))).toBe(true);
  expect(readdirSync(releasesDir(fixture.dataDir))).toEqual([]);
});

it('records a build command that cannot start as failed', async () => {
  const { service } = await startService(fixture, {
    config: { buildCommand: 'definitely-not-a-command-xyz' },
  });
  const record = await publishAndWait(service);
  expect(record).toMatchObject({ result: 'failed', error: 'build command exited with code 127' });
  expect(record?.kind === 'build' && record.logTail?.join('\n')).toMatch(/not found/);
});

it('records a build runner that throws as failed, and keeps going', async () => {
  let calls = 0;
  const { service } = await startService(fixture, {
    runBuild: async () => {
      calls++;
      throw new Error('spawn EMFILE');
    },
  });
  const record = await publishAndWait(service);
  expect(record).toMatchObject({ result: 'failed', error: 'the build could not run: spawn EMFILE' });
  await publishAndWait(service);
  expect(calls).toBe(2);
  expect(service.status().state).toBe('idle');
});
