/** Training days and events, with the resources they relate to; dated relative to the seed day. */
import { markdownToBlocks } from '../blocks';
import { EVENTS } from '../content/events';
import type { SeedContext } from '../context';
import { londonTimeFrom } from '../dates';
import { resolveRefs, seedCollectionEntry } from '../documents';
import { localeVersions } from './locale-versions';

export const seedEvents = async (ctx: SeedContext): Promise<void> => {
  for (const event of EVENTS) {
    const versions = localeVersions(event.text, (text, locale) => async () => ({
      title: text.title,
      summary: text.summary,
      body: markdownToBlocks(text.body),
      audience: text.audience,
      price: text.price,
      relatedResources: await resolveRefs(ctx, 'resource', event.relatedResources, locale),
      // Not localized: set once, copied by Strapi to each translation.
      ...(locale === 'en'
        ? {
            startsAt: londonTimeFrom(ctx.today, event.day, event.starts),
            endsAt: londonTimeFrom(ctx.today, event.day + (event.days ?? 1) - 1, event.ends),
            attendance: event.attendance,
            venueName: event.venue?.name ?? null,
            venueAddress: event.venue?.address ?? null,
            bookingUrl: event.bookingUrl ?? null,
            fullyBooked: event.fullyBooked ?? false,
            cpd: event.cpd,
          }
        : {}),
    }));
    await seedCollectionEntry(ctx, { kind: 'event', slug: event.slug, versions });
  }
};
