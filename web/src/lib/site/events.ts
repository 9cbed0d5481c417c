/** A locale's events as the pages show them: split into upcoming and past at the build's "now". */
import type { Locale } from '../../i18n/locales';
import type { EventData } from '../cms/schemas';
import { buildNow } from './build-now';
import { once } from './build-memo';
import { entriesIn } from './content';
import { isPastEvent, splitEvents } from './event-dates';
import { entryPaths } from './paths';

export type EventLists = { upcoming: EventData[]; past: EventData[] };

export const eventsIn = (locale: Locale): Promise<EventLists> =>
  once(`events-split:${locale}`, async () =>
    splitEvents(
      (await entriesIn('events', locale)).map((entry) => entry.data),
      await buildNow(),
    ),
  );

/**
 * One path per published event in every built locale. The page says whether the event is past,
 * so that is part of its cache key: the daily build re-renders an event the day after it ends,
 * and copies every other unchanged event page.
 */
export const eventPaths = async () => {
  const now = await buildNow();
  return (await entryPaths('events')).map((path) => {
    const past = isPastEvent(path.props.entry.data, now);
    return {
      ...path,
      props: { ...path.props, past },
      cacheKey: `${path.cacheKey}:${past ? 'past' : 'upcoming'}`,
    };
  });
};
