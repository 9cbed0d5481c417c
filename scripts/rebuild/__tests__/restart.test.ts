import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataDirLockedError } from '../lock.ts';
import { buildingDir, liveRelease } from '../releases.ts';
import { emptyState, statePath, type BuildRecord } from '../state.ts';
import { makeFixture, sleep, startService, stopAll, waitFor, type Fixture } from './helpers.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

const readState = () => JSON.parse(readFileSync(statePath(fixture.dataDir), 'utf8'));

it('persists an accepted event before answering, and a restart builds the queued trigger', async () => {
  // A long hold: the service is stopped while the build is still only queued.
  const first = await startService(fixture, {
    config: { idleHoldMs: 60_000, quietMs: 60_000, maxWaitMs: 60_000 },
  });
  const event = first.service.accept({ source: 'webhook', event: 'entry.publish', documentId: 'doc-7' });
  expect(readState().pending).toEqual([expect.objectContaining({ id: event.id, documentId: 'doc-7' })]);
  await first.service.stop();
  expect(fixture.runs()).toBe(0);

  const second = await startService(fixture);
  expect(second.logger.lines).toContainEqual(expect.objectContaining({ msg: 'resuming the queued build' }));
  await second.service.whenIdle();
  const [build] = second.service.status().history;
  expect(build).toMatchObject({ result: 'success', live: true });
  expect((build as BuildRecord).events.map((e) => e.id)).toEqual([event.id]);
  expect(fixture.runs()).toBe(1);
  // Event ids keep counting across restarts.
  expect(second.service.accept({ source: 'manual', event: 'manual' }).id).toBe(event.id + 1);
});

it('records a build that was running when the process died as interrupted and builds its events again', async () => {
  // What a killed process leaves behind: state with a running build and half-written output.
  mkdirSync(fixture.dataDir, { recursive: true });
  const release = '20260101T000000000Z-000004';
  const events = [
    { id: 11, event: 'entry.publish', source: 'webhook' as const, receivedAt: '2026-01-01T00:00:00.000Z' },
    { id: 12, event: 'entry.delete', source: 'webhook' as const, receivedAt: '2026-01-01T00:00:00.100Z' },
  ];
  writeFileSync(
    statePath(fixture.dataDir),
    JSON.stringify({
      ...emptyState(),
      nextEventId: 14,
      nextBuildNumber: 5,
      running: { number: 4, release, startedAt: '2026-01-01T00:00:01.000Z', events },
      pending: [{ id: 13, event: 'media.create', source: 'webhook', receivedAt: '2026-01-01T00:00:02.000Z' }],
    }),
  );
  mkdirSync(buildingDir(fixture.dataDir, release), { recursive: true });
  writeFileSync(path.join(buildingDir(fixture.dataDir, release), 'index.html'), 'half');

  const { service } = await startService(fixture);
  await service.whenIdle();
  const [rebuilt, interrupted] = service.status().history as BuildRecord[];
  expect(interrupted).toMatchObject({ number: 4, result: 'interrupted', live: false });
  expect(interrupted?.error).toMatch(/stopped while this build was running/);
  expect(rebuilt).toMatchObject({ number: 5, result: 'success', live: true });
  expect(rebuilt?.events.map((e) => e.id)).toEqual([11, 12, 13]);
  expect(liveRelease(fixture.dataDir)).toBe(rebuilt?.release);
});

it('on stop, lets a short build finish', async () => {
  const { service } = await startService(fixture, { config: { stopGraceMs: 3000 } });
  fixture.control({ delayMs: 300 });
  service.trigger();
  await waitFor(() => service.status().state === 'building', 2000, 'the build');
  await service.stop();
  const state = readState();
  expect(state.running).toBeNull();
  expect(state.pending).toEqual([]);
  expect(state.history[0]).toMatchObject({ result: 'success', live: true });
});

it('on stop, stops a build that outlasts the grace period and re-queues it for the next start', async () => {
  const first = await startService(fixture, { config: { stopGraceMs: 200 } });
  fixture.control({ delayMs: 10_000 });
  const event = first.service.trigger({ note: 'slow one' });
  await waitFor(() => first.service.status().state === 'building', 2000, 'the build');
  const stopStarted = Date.now();
  await first.service.stop();
  expect(Date.now() - stopStarted).toBeLessThan(3000);
  const state = readState();
  expect(state.running).toBeNull();
  expect(state.history[0]).toMatchObject({ result: 'interrupted', live: false });
  expect(state.pending.map((e: { id: number }) => e.id)).toEqual([event.id]);

  fixture.control({});
  const second = await startService(fixture);
  await second.service.whenIdle();
  expect(second.service.status().history[0]).toMatchObject({ result: 'success', live: true });
});

it('keeps accepting (and saving) events while it waits for a build during shutdown', async () => {
  const first = await startService(fixture, { config: { stopGraceMs: 3000 } });
  fixture.control({ delayMs: 300 });
  first.service.trigger();
  await waitFor(() => first.service.status().state === 'building', 2000, 'the build');
  const stopping = first.service.stop();
  await sleep(50);
  const late = first.service.accept({ source: 'webhook', event: 'entry.publish' });
  await stopping;
  expect(readState().pending.map((e: { id: number }) => e.id)).toEqual([late.id]);
  expect(fixture.runs()).toBe(1);
});

it('refuses to share a data dir with a running service', async () => {
  await startService(fixture);
  await expect(startService(fixture)).rejects.toBeInstanceOf(DataDirLockedError);
});

it('sets an unreadable state file aside and starts afresh', async () => {
  mkdirSync(fixture.dataDir, { recursive: true });
  writeFileSync(statePath(fixture.dataDir), '{"version": 1, "nextEv');
  const { service, logger } = await startService(fixture);
  expect(service.status()).toMatchObject({ state: 'idle', lastEventId: 0 });
  expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'state reset' }));
});
