import { EventsPageDocument } from '@platform/shared-types';
import { eventsSchema, type EventData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { titledRefs } from '../shape/lists';
import { toSeo } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<EventData, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const eventsSpec = defineCollectionSpec({
  contentType: 'api::event.event',
  schema: eventsSchema,
  query: EventsPageDocument,
  connection: (result) => result.events_connection,
  relations: { relatedResources: 'resources' },
  toData: (node, ctx) =>
    ({
      ...entryBase(node),
      title: node.title,
      summary: node.summary,
      body: withAbsoluteImageUrls(node.body, ctx),
      startsAt: node.startsAt,
      endsAt: node.endsAt,
      attendance: node.attendance,
      venueName: node.venueName,
      venueAddress: node.venueAddress,
      audience: node.audience,
      price: node.price,
      bookingUrl: node.bookingUrl,
      fullyBooked: node.fullyBooked,
      cpd: node.cpd,
      relatedResources: titledRefs(node.relatedResources, 'relatedResources', ctx.entryLabel),
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped, unknown>,
});
