/**
 * Events as iCalendar (RFC 5545) files: one per event page ("Add to calendar") and a feed of a
 * locale's upcoming events to subscribe to. ical-generator writes the format: it escapes editors'
 * text (backslashes, commas, semicolons, line breaks of every kind) and folds long lines. Times
 * are written in UTC (how the CMS stores them), which every calendar shows in its own zone.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventData } from '../cms/schemas';

export type CalendarEvent = {
  event: EventData;
  /** The event's page, absolute. */
  url: string;
  /** Text for the description's first lines (the summary, and what the reader needs to know). */
  details: readonly string[];
};

export type CalendarInput = {
  /** The calendar's name, as a subscribed calendar shows it. */
  name: string;
  /** The site's host: events' UIDs are `<documentId>-<locale>@<host>`, stable across builds. */
  host: string;
  language: string;
  events: readonly CalendarEvent[];
};

/**
 * Control characters no calendar line may carry (line breaks are kept: the library writes them as
 * \n). The CMS refuses them, but content can reach the site by other roads.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const clean = (text: string): string => text.replace(CONTROL, '');

const location = (event: EventData): string | null => {
  if (event.attendance === 'online') return null;
  const parts = [event.venueName, event.venueAddress].filter((part): part is string => !!part);
  return parts.length > 0 ? clean(parts.join(', ')) : null;
};

export const calendarText = ({ name, host, language, events }: CalendarInput): string => {
  const calendar = ical({
    name: clean(name),
    prodId: { company: host, product: 'events', language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const { event, url, details } of events) {
    calendar.createEvent({
      id: `${event.documentId}-${event.locale}@${host}`,
      // The last change, not the build's clock: an unchanged event gives the same file.
      stamp: event.updatedAt,
      start: event.startsAt,
      end: event.endsAt,
      summary: clean(event.title),
      description: clean([...details, url].join('\n\n')),
      location: location(event),
      url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every line, the last one too, with CRLF; the library leaves the last one open.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
};
