/**
 * A build every day at a fixed UK time (REBUILD_DAILY_AT, default 00:05 Europe/London; `off` turns
 * it off), besides the builds webhooks ask for. Some pages change with the date alone: an event
 * moves to the archive the day after it ends, with nobody publishing anything. The clock is
 * injected, so tests run a day in a moment; the time is a UK wall-clock time in winter and summer.
 */
import { z } from 'zod';
import type { Logger } from './logger.ts';

export const DAILY_TIME_ZONE = 'Europe/London';
export const DEFAULT_DAILY_AT = '00:05';

export type DailyTime = { hour: number; minute: number };

/** `HH:MM` (24-hour, UK time), or `off`; empty or unset: the default. */
export const dailyAtSchema = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? DEFAULT_DAILY_AT : v.toLowerCase()))
  .pipe(
    z
      .string()
      .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'REBUILD_DAILY_AT must be a UK time like 03:00, or off')
      .transform((v): DailyTime | null =>
        v === 'off' ? null : { hour: Number(v.slice(0, 2)), minute: Number(v.slice(3, 5)) },
      ),
  );

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DAILY_TIME_ZONE,
  timeZoneName: 'shortOffset',
});
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DAILY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Minutes the UK is ahead of UTC at `time`. */
const ukOffsetMinutes = (time: number): number => {
  const name = offsetFormat.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
};

/**
 * The instant of `at` UK time on the UK day `dayOffset` days after the one `time` falls on. A time
 * the clocks skip (01:30 when they go forward) comes an hour later, as a person would do it.
 */
const ukInstant = (time: number, dayOffset: number, at: DailyTime): number => {
  const [year, month, day] = dayFormat.format(time).split('-').map(Number) as [number, number, number];
  const wallClock = Date.UTC(year, month - 1, day + dayOffset, at.hour, at.minute);
  return wallClock - ukOffsetMinutes(wallClock - ukOffsetMinutes(wallClock) * 60_000) * 60_000;
};

/** The first instant after `after` at which it is `at` in the UK. */
export const nextDailyRun = (after: number, at: DailyTime): number => {
  for (let dayOffset = 0; ; dayOffset += 1) {
    const candidate = ukInstant(after, dayOffset, at);
    if (candidate > after) return candidate;
  }
};

export type DailyClock = {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const systemClock: DailyClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type DailySchedule = {
  /** When the next daily build is due (ms since the epoch), or null when the schedule is off. */
  next: () => number | null;
  stop: () => void;
};

/** Calls `run` every day at `at` UK time until stopped; `at` null: never. `run` must not throw. */
export const startDailySchedule = ({
  at,
  run,
  logger,
  clock = systemClock,
}: {
  at: DailyTime | null;
  run: () => void;
  logger: Logger;
  clock?: DailyClock;
}): DailySchedule => {
  let due: number | null = null;
  let timer: unknown = null;
  let stopped = false;
  const schedule = (after: number): void => {
    if (stopped || at === null) return;
    const next = nextDailyRun(after, at);
    due = next;
    timer = clock.setTimeout(fire, Math.max(0, next - clock.now()));
  };
  function fire(): void {
    timer = null;
    const firedFor = due ?? clock.now();
    // A timer can fire a little early: the next run is counted from the one just due, never before.
    if (clock.now() < firedFor) {
      schedule(firedFor - 1);
      return;
    }
    logger.info('daily build: the site is rebuilt for the new day (events move to the archive)');
    try {
      run();
    } catch (error) {
      logger.error('daily build: could not be queued', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
    schedule(Math.max(firedFor, clock.now()));
  }
  if (at === null) {
    logger.info('daily build: off (REBUILD_DAILY_AT=off)');
  } else {
    schedule(clock.now());
    logger.info('daily build: scheduled', { next: new Date(due ?? 0).toISOString() });
  }
  return {
    next: () => due,
    stop: () => {
      stopped = true;
      due = null;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
};
