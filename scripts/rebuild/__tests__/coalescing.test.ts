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
  it('waits for the quiet window after the last event before building', async () => {
    const clock = manualClock();
    const { service } = await startService(fixture, { clock, config: { quietMs: 250, maxWaitMs: 1000 } });
    service.accept({ source: 'webhook', event: 'entry.publish' });
    clock.advance(200);
    service.accept({ source: 'webhook', event: 'entry.publish' });
    clock.advance(200); // 400 ms after the first event, 200 after the second
    expect(service.status()).toMatchObject({ state: 'queued', running: null });
    clock.advance(49);
    expect(service.status().state).toBe('queued');
    clock.advance(1); // 250 ms of quiet
    expect(service.status().state).toBe('building');
    expect(service.status().running?.eventCount).toBe(2);
    await service.whenIdle();
    expect(fixture.runs()).toBe(1);
  });

  it('starts at the maximum wait even when events never stop', async () => {
    const clock = manualClock();
    const { service } = await startService(fixture, { clock, config: { quietMs: 250, maxWaitMs: 1000 } });
    for (let t = 0; t < 1000; t += 200) {
      service.accept({ source: 'webhook', event: 'entry.publish' });
      clock.advance(200); // always inside the quiet window
      if (t + 200 < 1000) expect(service.status().state).toBe('queued');
    }
    // t = 1000: the maximum wait since the first event has passed.
    expect(service.status().state).toBe('building');
    expect(service.status().running?.eventCount).toBe(5);
    service.accept({ source: 'webhook', event: 'entry.publish' }); // during the build: queued for one more
    await waitFor(() => service.status().running === null, 5000, 'the first build');
    clock.advance(250);
    await service.whenIdle();
    const all = builds(service.status().history);
    expect(all.map((b) => b.events.length)).toEqual([5, 1]);
  });
});
