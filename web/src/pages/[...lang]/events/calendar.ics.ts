/** Every upcoming event of a locale as an iCalendar feed to subscribe to: /events/calendar.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { uiStrings } from '../../../i18n';
import { settingsFor } from '../../../lib/site/content';
import { CALENDAR_HEADERS, eventsCalendar } from '../../../lib/site/event-calendar';
import { eventsIn } from '../../../lib/site/events';
import { localePaths, type LocaleProps } from '../../../lib/site/paths';

export const getStaticPaths = (() => localePaths('events')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const settings = await settingsFor(locale);
  const { upcoming } = await eventsIn(locale);
  const name = `${settings.organisationName}: ${uiStrings(locale).events.title}`;
  return new Response(eventsCalendar(locale, name, upcoming, site), { headers: CALENDAR_HEADERS });
};
