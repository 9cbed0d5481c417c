/**
 * Demo dates are written relative to the day the seed runs ("45 days ago"), so a fresh install
 * always shows news from the past year and reviews that are not yet overdue.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD (Strapi's `date` format) of `today` shifted by `days`. */
export const isoDateFrom = (today: Date, days: number): string =>
  new Date(today.getTime() + days * DAY_MS).toISOString().slice(0, 10);

export type DateShift = { daysAgo: number } | { daysAhead: number };

export const resolveDate = (today: Date, shift: DateShift): string =>
  'daysAgo' in shift ? isoDateFrom(today, -shift.daysAgo) : isoDateFrom(today, shift.daysAhead);

const londonOffset = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeZoneName: 'shortOffset',
});

/** Minutes Europe/London is ahead of UTC at `time` (0 in winter, 60 in summer). */
const londonOffsetMinutes = (time: number): number => {
  const name = londonOffset.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
};

/**
 * The UTC instant (ISO) of a UK wall-clock time `days` after `today`: "10:00 in three weeks" is
 * 10:00 in London whether or not the clocks have changed by then.
 */
export const londonTimeFrom = (today: Date, days: number, time: string): string => {
  const [year, month, day] = isoDateFrom(today, days).split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const first = wallClock - londonOffsetMinutes(wallClock) * 60_000;
  return new Date(wallClock - londonOffsetMinutes(first) * 60_000).toISOString();
};
