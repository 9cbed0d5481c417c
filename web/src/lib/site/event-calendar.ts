/** A locale's events as iCalendar text (ical.ts), with the words and links the site gives them. */
import { uiStrings, type Locale } from '../../i18n';
import type { EventData } from '../cms/schemas';
import { calendarText } from './ical';
import { absoluteUrl, routes } from './urls';

const detailsOf = (event: EventData, locale: Locale): string[] => {
  const strings = uiStrings(locale).events;
  return [
    event.summary,
    ...(event.attendance === 'online' ? [`${strings.where}: ${strings.online}`] : []),
    ...(event.audience ? [`${strings.audience}: ${event.audience}`] : []),
    ...(event.price ? [`${strings.price}: ${event.price}`] : []),
  ];
};

export const eventsCalendar = (
  locale: Locale,
  name: string,
  events: readonly EventData[],
  site: URL | undefined,
): string =>
  calendarText({
    name,
    host: site ? site.host : 'localhost',
    language: locale,
    events: events.map((event) => ({
      event,
      url: absoluteUrl(routes.event(locale, event.slug), site),
      details: detailsOf(event, locale),
    })),
  });

export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
