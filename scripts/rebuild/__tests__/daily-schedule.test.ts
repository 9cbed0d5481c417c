/**
 * The daily build: due at the configured UK time in winter and in summer (and across the nights
 * the clocks change), every day, never twice for one day even when a timer fires early, and never
 * once stopped or switched off. A fake clock runs the days in a moment.
 */
import { createMemoryLogger } from '../logger.ts';
import { parseRebuildEnv, RebuildEnvError } from '../env.ts';
import {
  dailyAtSchema,
  nextDailyRun,
  startDailySchedule,
  type DailyClock,
  type DailyTime,
} from '../daily-schedule.ts';

const at = (text: string): DailyTime => {
  const parsed = dailyAtSchema.parse(text);
  if (parsed === null) throw new Error('off');
  return parsed;
};
const iso = (time: number) => new Date(time).toISOString();

/**
 * A clock whose time moves only when told; timers fire as time passes them, or `early` ms before
 * their time (as real timers may) when their delay is longer than that.
 */
const fakeClock = (start: string) => {
  let now = Date.parse(start);
  let nextId = 0;
  let early = 0;
  const timers = new Map<number, { fireAt: number; fn: () => void }>();
  const clock: DailyClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      nextId += 1;
      timers.set(nextId, { fireAt: now + (ms > early ? ms - early : ms), fn });
      return nextId;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (until: string, firesEarlyBy = 0) => {
    early = firesEarlyBy;
    const end = Date.parse(until);
    for (let fired = 0; fired < 10_000; fired += 1) {
      const [id, timer] = [...timers.entries()].sort((a, b) => a[1].fireAt - b[1].fireAt)[0] ?? [];
      if (id === undefined || !timer || timer.fireAt > end) break;
      timers.delete(id);
      now = Math.max(now, timer.fireAt);
      timer.fn();
    }
    now = Math.max(now, end);
  };
  return { clock, advance, pending: () => timers.size };
};

describe('REBUILD_DAILY_AT', () => {
  it('is a UK time, 00:05 by default, or off', () => {
    expect(dailyAtSchema.parse(undefined)).toEqual({ hour: 0, minute: 5 });
    expect(dailyAtSchema.parse('')).toEqual({ hour: 0, minute: 5 });
    expect(dailyAtSchema.parse('03:00')).toEqual({ hour: 3, minute: 0 });
    expect(dailyAtSchema.parse('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(dailyAtSchema.parse('OFF')).toBeNull();
    for (const bad of ['3:00', '24:00', '12:60', 'noon', '03:00:00', '-1']) {
      expect([bad, dailyAtSchema.safeParse(bad).success]).toEqual([bad, false]);
    }
  });

  it('is read by the service’s env module, which names a bad value', () => {
    const env = { WEBHOOK_SECRET: 'a-long-enough-test-secret' };
    expect(parseRebuildEnv(env, '/repo').dailyAt).toEqual({ hour: 0, minute: 5 });
    expect(parseRebuildEnv({ ...env, REBUILD_DAILY_AT: 'off' }, '/repo').dailyAt).toBeNull();
    expect(() => parseRebuildEnv({ ...env, REBUILD_DAILY_AT: '25:00' }, '/repo')).toThrow(RebuildEnvError);
    expect(() => parseRebuildEnv({ ...env, REBUILD_DAILY_AT: '25:00' }, '/repo')).toThrow(/REBUILD_DAILY_AT/);
  });
});

describe('nextDailyRun', () => {
  it('is the configured time in London, in winter (GMT) and summer (BST)', () => {
    expect(iso(nextDailyRun(Date.parse('2026-01-15T12:00:00Z'), at('03:00')))).toBe(
      '2026-01-16T03:00:00.000Z',
    );
    expect(iso(nextDailyRun(Date.parse('2026-07-15T12:00:00Z'), at('03:00')))).toBe(
      '2026-07-16T02:00:00.000Z',
    );
    // Later the same UK day when that time is still to come.
    expect(iso(nextDailyRun(Date.parse('2026-07-15T01:00:00Z'), at('03:00')))).toBe(
      '2026-07-15T02:00:00.000Z',
    );
  });

  it('counts the UK day, not the UTC one: 00:05 BST is 23:05 UTC the day before', () => {
    expect(iso(nextDailyRun(Date.parse('2026-07-15T22:00:00Z'), at('00:05')))).toBe(
      '2026-07-15T23:05:00.000Z',
    );
    // At 23:30 UTC it is already 00:30 on the 16th in London: the next one is the 17th's.
    expect(iso(nextDailyRun(Date.parse('2026-07-15T23:30:00Z'), at('00:05')))).toBe(
      '2026-07-16T23:05:00.000Z',
    );
  });

  it('is strictly after the given instant', () => {
    const due = Date.parse('2026-01-16T03:00:00Z');
    expect(iso(nextDailyRun(due, at('03:00')))).toBe('2026-01-17T03:00:00.000Z');
    expect(iso(nextDailyRun(due - 1, at('03:00')))).toBe('2026-01-16T03:00:00.000Z');
  });

  it('keeps to UK time across the nights the clocks change (29 March and 25 October 2026)', () => {
    expect(iso(nextDailyRun(Date.parse('2026-03-28T12:00:00Z'), at('03:00')))).toBe(
      '2026-03-29T02:00:00.000Z',
    );
    expect(iso(nextDailyRun(Date.parse('2026-10-24T12:00:00Z'), at('03:00')))).toBe(
      '2026-10-25T03:00:00.000Z',
    );
    // 01:30 does not exist on 29 March (01:00 GMT becomes 02:00 BST): it runs an hour later, once.
    expect(iso(nextDailyRun(Date.parse('2026-03-28T12:00:00Z'), at('01:30')))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });
});

describe('startDailySchedule', () => {
  it('builds once a day at the UK time, across a clock change, until stopped', () => {
    const { clock, advance, pending } = fakeClock('2026-10-22T12:00:00Z');
    const runs: string[] = [];
    const logger = createMemoryLogger();
    const schedule = startDailySchedule({
      at: at('00:05'),
      clock,
      logger,
      run: () => runs.push(iso(clock.now())),
    });
    expect(iso(schedule.next() ?? 0)).toBe('2026-10-22T23:05:00.000Z');
    advance('2026-10-27T12:00:00Z');
    expect(runs).toEqual([
      '2026-10-22T23:05:00.000Z', // 00:05 BST on the 23rd
      '2026-10-23T23:05:00.000Z',
      '2026-10-24T23:05:00.000Z',
      '2026-10-26T00:05:00.000Z', // 00:05 GMT on the 26th: the clocks went back on the 25th
      '2026-10-27T00:05:00.000Z',
    ]);
    schedule.stop();
    expect(schedule.next()).toBeNull();
    expect(pending()).toBe(0);
    advance('2026-11-30T12:00:00Z');
    expect(runs).toHaveLength(5);
  });

  it('never builds twice for one day when the timer fires early', () => {
    const { clock, advance } = fakeClock('2026-01-10T12:00:00Z');
    const runs: string[] = [];
    startDailySchedule({
      at: at('03:00'),
      clock,
      logger: createMemoryLogger(),
      run: () => runs.push(iso(clock.now())),
    });
    advance('2026-01-13T12:00:00Z', 200);
    expect(runs).toEqual([
      '2026-01-11T03:00:00.000Z',
      '2026-01-12T03:00:00.000Z',
      '2026-01-13T03:00:00.000Z',
    ]);
  });

  it('keeps its schedule when queuing a build fails', () => {
    const { clock, advance } = fakeClock('2026-01-10T12:00:00Z');
    const logger = createMemoryLogger();
    let calls = 0;
    startDailySchedule({
      at: at('03:00'),
      clock,
      logger,
      run: () => {
        calls += 1;
        throw new Error('the service is stopping');
      },
    });
    advance('2026-01-12T12:00:00Z');
    expect(calls).toBe(2);
    expect(logger.lines.filter((line) => line.level === 'error')).toHaveLength(2);
  });

  it('does nothing when off', () => {
    const { clock, advance, pending } = fakeClock('2026-01-10T12:00:00Z');
    let calls = 0;
    const schedule = startDailySchedule({
      at: null,
      clock,
      logger: createMemoryLogger(),
      run: () => (calls += 1),
    });
    advance('2026-02-10T12:00:00Z');
    expect([calls, pending(), schedule.next()]).toEqual([0, 0, null]);
  });
});
