/**
 * Which content types can be scheduled: every draft-and-publish type with both scheduling
 * fields. Found from the schemas, so a type (events, say) is scheduled by adding the two fields.
 */
import type { Core } from '@strapi/strapi';

export const PUBLISH_AT = 'publishAt';
export const UNPUBLISH_AT = 'unpublishAt';

type Model = {
  uid: string;
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, { type: string }>;
};

export const isScheduledModel = (model: Model): boolean =>
  model.options?.draftAndPublish === true &&
  model.attributes[PUBLISH_AT]?.type === 'datetime' &&
  model.attributes[UNPUBLISH_AT]?.type === 'datetime';

export const scheduledTypes = (strapi: Core.Strapi): string[] =>
  Object.values(strapi.contentTypes as unknown as Record<string, Model>)
    .filter((model) => model.uid.startsWith('api::') && isScheduledModel(model))
    .map((model) => model.uid)
    .sort();

export const isScheduledType = (strapi: Core.Strapi, uid: string): boolean =>
  scheduledTypes(strapi).includes(uid);
