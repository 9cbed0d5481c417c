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
