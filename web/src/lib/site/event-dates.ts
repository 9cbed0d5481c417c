/**
 * Event times as the UK lives them. Events are stored as UTC instants; the charity's events happen
 * in the UK, so every date and time is shown in Europe/London with the zone named (GMT or BST in
 * English, the offset in other languages), and "the day an event ends" is a UK calendar day.
 */
import { intlTag, type Locale } from '../../i18n/locales';
import { memoByKey } from './memo';

export const EVENT_TIME_ZONE = 'Europe/London';

const londonCalendarDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The UK calendar day of an instant, as 'YYYY-MM-DD' (sorts and compares as text). */
export const londonDay = (instant: Date): string => londonCalendarDay.format(instant);

type Timed = { startsAt: Date; endsAt: Date };

/**
 * An event is archived from the UK day after the one it ends on: it stays upcoming all of its last
 * day (someone may look up the venue that afternoon), and the morning build moves it.
 */
export const isPastEvent = (event: Timed, now: Date): boolean => londonDay(now) > londonDay(event.endsAt);

/** Upcoming events (soonest first) and past events (most recent first); ties broken by title. */
export const splitEvents = <T extends Timed & { title: string }>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } => {
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title);
  const upcoming = events
    .filter((event) => !isPastEvent(event, now))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || byTitle(a, b));
  const past = events
    .filter((event) => isPastEvent(event, now))
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || byTitle(a, b));
  return { upcoming, past };
};

const whenFormat = memoByKey(
  (locale: Locale) =>
    new Intl.DateTimeFormat(intlTag(locale), {
      timeZone: EVENT_TIME_ZONE,
      calendar: 'gregory',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }),
);

/**
 * "Tuesday 3 March 2026, 09:30–16:30 GMT" in the reader's language: one range, so a one-day event
 * names its day once and a multi-day one both days, always with the UK time zone.
 */
export const formatEventWhen = (event: Timed, locale: Locale): string =>
  whenFormat(locale).formatRange(event.startsAt, event.endsAt);

const dayFormat = memoByKey(
  (locale: Locale) =>
    new Intl.DateTimeFormat(intlTag(locale), {
      timeZone: EVENT_TIME_ZONE,
      calendar: 'gregory',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
);

/** "3 March 2026" (the UK day the event starts), for lists. */
export const formatEventDay = (event: Timed, locale: Locale): string =>
  dayFormat(locale).format(event.startsAt);
