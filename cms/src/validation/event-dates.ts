/**
 * An event cannot end before it starts. Strapi checks each field alone, so the pair is checked
 * here, on every write: the fields a create or update brings, merged with the saved draft (an
 * update may change only one of the two), and for a publish the drafts it would make public.
 */
import type { Core } from '@strapi/strapi';
import { EVENT_ENDS_BEFORE_START } from './messages';
import { fieldValidationError } from './readable-errors';
import { localeWhere, type DocumentParams } from './resource-needs-file';

export const EVENT_UID = 'api::event.event';

type EventTimes = { startsAt?: unknown; endsAt?: unknown };

const instant = (value: unknown): number | undefined => {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
};

/** True when both times are known and the end is before the start (an event may end as it starts). */
export const endsBeforeStart = ({ startsAt, endsAt }: EventTimes): boolean => {
  const start = instant(startsAt);
  const end = instant(endsAt);
  return start !== undefined && end !== undefined && end < start;
};

const savedDrafts = async (strapi: Core.Strapi, documentId: string, locale: DocumentParams['locale']) =>
  (await strapi.db.query(EVENT_UID).findMany({
    where: { documentId, publishedAt: null, ...(await localeWhere(strapi, locale)) },
    select: ['startsAt', 'endsAt'],
  })) as EventTimes[];

const refuse = (value: unknown): never => {
  throw fieldValidationError([
    { path: ['endsAt'], message: EVENT_ENDS_BEFORE_START, name: 'ValidationError', value },
  ]);
};

export const checkEventDates = async (
  strapi: Core.Strapi,
  action: string,
  params: DocumentParams,
): Promise<void> => {
  if (action === 'publish' && params.documentId) {
    const bad = (await savedDrafts(strapi, params.documentId, params.locale)).find(endsBeforeStart);
    if (bad) refuse(bad.endsAt);
    return;
  }
  const data = params.data ?? {};
  if (!('startsAt' in data) && !('endsAt' in data)) return;
  let saved: EventTimes = {};
  if (action === 'update' && params.documentId && !('startsAt' in data && 'endsAt' in data)) {
    const locale = Array.isArray(params.locale) ? undefined : params.locale;
    [saved = {}] = await savedDrafts(strapi, params.documentId, locale);
  }
  const merged: EventTimes = {
    startsAt: 'startsAt' in data ? data.startsAt : saved.startsAt,
    endsAt: 'endsAt' in data ? data.endsAt : saved.endsAt,
  };
  if (endsBeforeStart(merged)) refuse(merged.endsAt);
};
