/**
 * Which CMS webhook events can change the public site. The payload is only a hint (Strapi can
 * send a near-empty entry): it decides whether to build, never what to build.
 */
import { z } from 'zod';

/** What the CMS sends; everything but `event` may be missing, and extra fields are kept out. */
export const webhookPayloadSchema = z.object({
  event: z.string().trim().min(1).max(100),
  createdAt: z.string().max(100).optional(),
  model: z.string().max(200).optional(),
  uid: z.string().max(200).optional(),
  // Read field by field (see entryText): any shape is accepted, nothing in it is trusted.
  entry: z.record(z.string(), z.unknown()).nullish(),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** A short string field of the entry, for the record; anything else is dropped. */
export const entryText = (payload: WebhookPayload, field: string): string | undefined => {
  const value = payload.entry?.[field];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.length <= 100 ? value : undefined;
};

export type EventDecision = { build: true; reason: string } | { build: false; reason: string };

/** Publishing state changes always reach the site. */
const ALWAYS_BUILD = new Set(['entry.publish', 'entry.unpublish', 'entry.delete']);

export const classifyEvent = (payload: WebhookPayload): EventDecision => {
  const { event, entry } = payload;
  if (ALWAYS_BUILD.has(event)) return { build: true, reason: `${event} changes published content` };
  if (event.startsWith('media.')) return { build: true, reason: `${event}: the site may link this file` };
  if (event === 'trigger-test') return { build: false, reason: 'test event from the CMS webhook settings' };
  if (event === 'entry.draft-discard') {
    return { build: false, reason: 'discarding a draft leaves the published version unchanged' };
  }
  if (event === 'entry.create' || event === 'entry.update') {
    // Only an explicit null means "this row is a draft"; a missing field could be anything.
    if (entry?.publishedAt === null) {
      return { build: false, reason: `${event} of a draft: nothing published changed` };
    }
    return { build: true, reason: `${event} of published content` };
  }
  // Unknown events (content releases, future Strapi events) might publish: building is the safe side.
  return { build: true, reason: `${event}: unknown event, building to be safe` };
};

/** Events after which the site is expected to have fewer pages. */
export const REMOVES_CONTENT = new Set(['entry.unpublish', 'entry.delete']);
