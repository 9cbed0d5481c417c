/**
 * `events`: api::event.event. Times are instants (the CMS stores UTC); the site shows them in
 * UK time (Europe/London) with the zone named. A booking link must be https (or there is none).
 */
import { z } from 'zod';
import { httpsHref } from '../safe-url';
import { collectionEntryBase, titledRefSchema } from './base';
import { blocksSchema } from './blocks';
import { seoSchema } from './media';

export const EVENT_ATTENDANCE = ['in_person', 'online'] as const;

/** An external https address (booking, newsletter sign-up); anything else leaves the entry out. */
export const httpsUrlSchema = z.string().refine((value) => httpsHref(value) !== null, {
  error: (issue) => `The link '${String(issue.input).slice(0, 80)}' must be an https:// web address.`,
});

export const eventsSchema = z
  .object({
    ...collectionEntryBase,
    title: z.string(),
    summary: z.string(),
    body: blocksSchema,
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    attendance: z.enum(EVENT_ATTENDANCE),
    venueName: z.string().nullable(),
    venueAddress: z.string().nullable(),
    audience: z.string().nullable(),
    price: z.string().nullable(),
    bookingUrl: httpsUrlSchema.nullable(),
    fullyBooked: z.boolean(),
    cpd: z.boolean(),
    relatedResources: z.array(titledRefSchema),
    seo: seoSchema.nullable(),
  })
  .refine((event) => event.endsAt.getTime() >= event.startsAt.getTime(), {
    error: 'It ends before it starts: check its start and end times.',
    path: ['endsAt'],
  });

export type EventData = z.infer<typeof eventsSchema>;
