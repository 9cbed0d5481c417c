/** One event as an iCalendar file, beside its page: /events/<slug>/event.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n';
import type { EventData } from '../../../../lib/cms/schemas';
import { settingsFor } from '../../../../lib/site/content';
import { CALENDAR_HEADERS, eventsCalendar } from '../../../../lib/site/event-calendar';
import { eventPaths } from '../../../../lib/site/events';

export const getStaticPaths = (() => eventPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, entry } = props as { locale: Locale; entry: { data: EventData } };
  const settings = await settingsFor(locale);
  const text = eventsCalendar(
    locale,
    `${settings.organisationName}: ${entry.data.title}`,
    [entry.data],
    site,
  );
  return new Response(text, { headers: CALENDAR_HEADERS });
};
