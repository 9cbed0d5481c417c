/** Dates as people read them, in their language. CMS calendar dates are 'YYYY-MM-DD' with no zone. */
import { intlTag, type Locale } from '../../i18n/locales';
import { memoByKey } from './memo';

/** A CMS calendar date or a timestamp as a Date at UTC midnight (calendar) or the instant (timestamp). */
export const toDate = (value: string | Date): Date =>
  value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);

/** "3 March 2026" in the reader's language and digits (UTC, so a calendar date never shifts a day). */
export const formatDate = (value: string | Date, locale: Locale): string =>
  dateFormat(locale).format(toDate(value));

const dateFormat = memoByKey(
  (locale: Locale) =>
    new Intl.DateTimeFormat(intlTag(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
      // UK dates (reviews, deadlines) in the calendar the UK uses, whatever the language's default.
      calendar: 'gregory',
    }),
);

/** The machine-readable form for <time datetime>. */
export const isoDate = (value: string | Date): string => toDate(value).toISOString().slice(0, 10);

/** The date a news item or tribute is shown and sorted by: the editor's date, else when it was published. */
export const displayDateOf = (data: { displayDate: string | null; publishedAt: Date }): Date =>
  data.displayDate ? toDate(data.displayDate) : data.publishedAt;

/** Newest first, by display date; ties broken by title so the order is stable between builds. */
export const newestFirst = <T extends { displayDate: string | null; publishedAt: Date }>(
  items: readonly T[],
  titleOf: (item: T) => string,
): T[] =>
  [...items].sort(
    (a, b) => displayDateOf(b).getTime() - displayDateOf(a).getTime() || titleOf(a).localeCompare(titleOf(b)),
  );
