import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import {
  activateRelease,
  liveRelease,
  listReleases,
  makeReleaseId,
  pruneReleases,
  releaseDir,
} from '../releases.ts';
import { statePath } from '../state.ts';
import { auth, makeFixture, startService, stopAll, type Fixture } from './helpers.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

const buildTimes = async (service: Awaited<ReturnType<typeof startService>>['service'], n: number) => {
  for (let i = 0; i < n; i++) {
    service.trigger();
    await service.whenIdle();
  }
};

describe('rollback', () => {
  it('makes the previous release live, records it, and goes further back each time', async () => {
    const { service } = await startService(fixture);
    await buildTimes(service, 3);
    const [r1, r2, r3] = listReleases(fixture.dataDir);
    expect(liveRelease(fixture.dataDir)).toBe(r3);

    const res = await request(service.webhookApp).post('/rollback').set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ rolledBack: true, from: r3, to: r2 });
    expect(liveRelease(fixture.dataDir)).toBe(r2);
    const page = await request(service.siteHandler).get('/');
    expect(page.headers['x-release']).toBe(r2);
    expect(page.text).toContain(`release:${r2}`);

    expect(service.rollback()).toMatchObject({ from: r2, to: r1 });
    const history = JSON.parse(readFileSync(statePath(fixture.dataDir), 'utf8')).history;
    expect(history.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: 'rollback', from: r2, to: r1 }),
      expect.objectContaining({ kind: 'rollback', from: r3, to: r2 }),
    ]);
    expect(service.status().live).toEqual({ release: r1, since: history[0].at });

    const none = await request(service.webhookApp).post('/rollback').set(auth);
    expect(none.status).toBe(409);
    expect(none.body.error).toMatch(/no earlier release/);
    expect(liveRelease(fixture.dataDir)).toBe(r1);

    // The next publish goes live as usual…
    await buildTimes(service, 1);
    const r4 = liveRelease(fixture.dataDir);
    expect([r1, r2, r3]).not.toContain(r4);
    // …and rolling back from it returns to r1, never to r2 or r3, which were rolled back from.
    expect(service.rollback()).toMatchObject({ from: r4, to: r1 });
  });

  it('without any history, goes back to the newest older release on disk', async () => {
    const { service } = await startService(fixture);
    await buildTimes(service, 3);
    const [, r2, r3] = listReleases(fixture.dataDir);
    await service.stop();
    writeFileSync(
      statePath(fixture.dataDir),
      JSON.stringify({ ...JSON.parse(readFileSync(statePath(fixture.dataDir), 'utf8')), history: [] }),
    );
    const again = await startService(fixture);
    expect(again.service.rollback()).toMatchObject({ from: r3, to: r2 });
  });

  it('needs the secret', async () => {
    const { service } = await startService(fixture);
    await buildTimes(service, 2);
    const live = liveRelease(fixture.dataDir);
    expect((await request(service.webhookApp).post('/rollback')).status).toBe(401);
    expect(liveRelease(fixture.dataDir)).toBe(live);
  });
});

describe('pruning', () => {
  it('keeps the newest N releases after each successful build', async () => {
    const { service } = await startService(fixture, { config: { keepReleases: 2 } });
    await buildTimes(service, 4);
    const kept = listReleases(fixture.dataDir);
    expect(kept).toHaveLength(2);
    const builds = service.status().history.filter((r) => r.kind === 'build');
    expect(kept).toEqual([builds[1]?.release, builds[0]?.release]);
    expect(liveRelease(fixture.dataDir)).toBe(builds[0]?.release);
  });

  it('never prunes the live release, a young release, or one a request is reading', () => {
    mkdirSync(fixture.dataDir, { recursive: true });
    const now = Date.UTC(2026, 10, 23, 12, 0, 0);
    const ids = [60, 50, 40, 30, 20, 1].map((minutesAgo, i) =>
      makeReleaseId(new Date(now - minutesAgo * 60_000), i + 1),
    );
    for (const id of ids) {
      mkdirSync(releaseDir(fixture.dataDir, id), { recursive: true });
      writeFileSync(path.join(releaseDir(fixture.dataDir, id), 'index.html'), id);
    }
    // A release that is live after a rollback, older than the ones kept.
    activateRelease(fixture.dataDir, ids[1] as string);
    mkdirSync(path.join(fixture.dataDir, 'releases', 'not-a-release'));
    const removed = pruneReleases({
      dataDir: fixture.dataDir,
      keep: 1,
      graceMs: 25 * 60_000,
      now,
      inUse: (id) => id === ids[2],
    });
    // ids[0] is old and unused: pruned. ids[1] live, ids[2] in use, ids[4] young, ids[5] newest: kept.
    // ids[3] (30 min) is past the grace period: pruned.
    expect(removed).toEqual([ids[0], ids[3]]);
    expect(listReleases(fixture.dataDir)).toEqual([ids[1], ids[2], ids[4], ids[5]]);
    expect(liveRelease(fixture.dataDir)).toBe(ids[1]);
  });
});
