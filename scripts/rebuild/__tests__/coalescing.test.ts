import request from 'supertest';
import { type BuildRecord } from '../state.ts';
import {
  auth,
  makeFixture,
  manualClock,
  publishEvent,
  sleep,
  startService,
  stopAll,
  waitFor,
  type Fixture,
} from './helpers.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

const builds = (
  history: ReturnType<Awaited<ReturnType<typeof startService>>['service']['status']>['history'],
) => history.filter((r): r is BuildRecord => r.kind === 'build').reverse(); // oldest first

/** Every accepted event id is covered by exactly one successful build. */
const expectEachEventCoveredOnce = (all: BuildRecord[], ids: number[]) => {
  const covered = all.filter((b) => b.result === 'success').flatMap((b) => b.events.map((e) => e.id));
  expect([...covered].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
};

it('turns a burst of 50 webhook events into at most 2 builds, covering every event once', async () => {
  const { service } = await startService(fixture);
  fixture.control({ delayMs: 100 });
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      request(service.webhookApp)
        .post('/webhook')
        .set(auth)
        .send(publishEvent(`doc-${i}`)),
    ),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(50).fill(202));
  const ids = responses.map((r) => r.body.eventId as number);
  expect(new Set(ids).size).toBe(50);
  await service.whenIdle();
  const all = builds(service.status().history);
  expect(fixture.runs()).toBe(all.length);
  expect(all.length).toBeGreaterThanOrEqual(1);
  expect(all.length).toBeLessThanOrEqual(2);
  expectEachEventCoveredOnce(all, ids);
});

it('runs one build at a time and exactly one more for events that arrive during a build', async () => {
  const { service } = await startService(fixture);
  fixture.control({ delayMs: 1000 });
  service.trigger({ note: 'first' });
  await waitFor(() => service.status().state === 'building', 2000, 'the first build');
  const during = [];
  for (let i = 0; i < 10; i++) {
    during.push(service.accept({ source: 'webhook', event: 'entry.publish', documentId: `d${i}` }).id);
    await sleep(10);
  }
  const mid = service.status();
  expect(mid).toMatchObject({ state: 'building', queued: true });
  expect(mid.pending?.eventCount).toBe(10);
  await service.whenIdle();
  const all = builds(service.status().history);
  expect(all.map((b) => b.result)).toEqual(['success', 'success']);
  expect(all[1]?.events.map((e) => e.id)).toEqual(during);
  // Never two at once: the second started after the first finished.
  expect(Date.parse(all[1]!.startedAt)).toBeGreaterThanOrEqual(Date.parse(all[0]!.finishedAt));
  expect(fixture.runs()).toBe(2);
});

describe('timing (with a hand-driven clock)', () => {
  const timing = { idleHoldMs: 150, quietMs: 250, maxWaitMs: 1000 };

  it('builds a publish to an idle service after the short hold, with what arrived in it', async () => {
    const clock = manualClock();
    const { service } = await startService(fixture, { clock, config: timing });
    service.accept({ source: 'webhook', event: 'entry.update' });
    clock.advance(100);
    service.accept({ source: 'webhook', event: 'entry.publish' }); // the same publish's second webhook
    clock.advance(49);
    expect(service.status()).toMatchObject({ state: 'queued', running: null });
    clock.advance(1); // 150 ms after the first: no quiet window to wait for
    expect(service.status().state).toBe('building');
    expect(service.status().running?.eventCount).toBe(2);
    await service.whenIdle();
    expect(fixture.runs()).toBe(1);
  });

  it('builds what arrived during a build once more, after the quiet window', async () => {
    const clock = manualClock();
    fixture.control({ delayMs: 300 });
    const { service } = await startService(fixture, { clock, config: timing });
    service.accept({ source: 'webhook', event: 'entry.publish' });
    clock.advance(150);
    expect(service.status().state).toBe('building');
    service.accept({ source: 'webhook', event: 'entry.publish' });
    service.accept({ source: 'webhook', event: 'entry.publish' });
    await waitFor(() => service.status().running === null, 5000, 'the first build');
    // Queued behind the build: the short hold is only for an idle service.
    clock.advance(249);
    expect(service.status()).toMatchObject({ state: 'queued', running: null });
    clock.advance(1);
    expect(service.status().state).toBe('building');
    expect(service.status().running?.eventCount).toBe(2);
    await service.whenIdle();
    expect(builds(service.status().history).map((b) => b.events.length)).toEqual([1, 2]);
  });

  it('builds a storm that outlasts a build once more, at the maximum wait after that build', async () => {
    const clock = manualClock();
    fixture.control({ delayMs: 300 });
    const { service } = await startService(fixture, { clock, config: timing });
    service.accept({ source: 'webhook', event: 'entry.publish' });
    clock.advance(150);
    expect(service.status().state).toBe('building');
    service.accept({ source: 'webhook', event: 'entry.publish' }); // waits behind the build
    clock.advance(400); // a build longer than the quiet window
    await waitFor(() => service.status().running === null, 5000, 'the first build');
    // Events never stop: the maximum wait counts from the end of the build, not from the first
    // queued event, so the storm is not split into a build per maxWaitMs of build time.
    for (let t = 0; t < 1000; t += 200) {
      service.accept({ source: 'webhook', event: 'entry.publish' });
      clock.advance(200); // always inside the quiet window
      if (t + 200 < 1000) expect(service.status().state).toBe('queued');
    }
    expect(service.status().state).toBe('building');
    expect(service.status().running?.eventCount).toBe(6);
    await service.whenIdle();
    expect(builds(service.status().history).map((b) => b.events.length)).toEqual([1, 6]);
  });
});
