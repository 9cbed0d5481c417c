/**
 * One pass of the scheduler: every entry whose "publish at" or "unpublish at" has come goes live
 * or comes down, through the Document Service (so the rebuild webhook fires, as for an editor).
 * The schedule is the two fields in the database, so a pass after downtime catches up on every
 * minute missed, and a second pass at the same time finds nothing left to do.
 */
import type { Core } from '@strapi/strapi';
import { PUBLISH_AT, UNPUBLISH_AT, scheduledTypes } from './scheduled-types';

type Row = { documentId: string; locale: string | null; publishAt: unknown; unpublishAt: unknown };

export type ScheduledAction = {
  uid: string;
  documentId: string;
  locale: string | null;
  action: 'published' | 'unpublished' | 'missed' | 'failed';
  /** Why a publish or unpublish failed (the entry stays due and is tried again next minute). */
  error?: string;
};

const timeOf = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? null : time;
};

const localeWhere = (row: Row) => (row.locale === null ? {} : { locale: row.locale });
const localeParam = (row: Row) => (row.locale === null ? {} : { locale: row.locale });

const dueRows = async (strapi: Core.Strapi, uid: string, field: string, published: boolean, now: Date) =>
  (await strapi.db.query(uid as never).findMany({
    where: { publishedAt: published ? { $notNull: true } : null, [field]: { $lte: now } },
    select: ['documentId', 'locale', PUBLISH_AT, UNPUBLISH_AT],
  })) as Row[];

/** Clears scheduling fields on every row (draft and published) of one locale of a document. */
const clearFields = async (strapi: Core.Strapi, uid: string, row: Row, fields: string[]) => {
  await strapi.db.query(uid as never).updateMany({
    where: { documentId: row.documentId, ...localeWhere(row) },
    data: Object.fromEntries(fields.map((field) => [field, null])),
  });
};

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const publishDue = async (strapi: Core.Strapi, uid: string, now: Date): Promise<ScheduledAction[]> => {
  const actions: ScheduledAction[] = [];
  for (const row of await dueRows(strapi, uid, PUBLISH_AT, false, now)) {
    const base = { uid, documentId: row.documentId, locale: row.locale };
    const unpublishAt = timeOf(row.unpublishAt);
    if (unpublishAt !== null && unpublishAt <= now.getTime()) {
      // The whole window passed while the CMS was down: never put it up just to take it down.
      await clearFields(strapi, uid, row, [PUBLISH_AT, UNPUBLISH_AT]);
      strapi.log.warn(
        `[scheduler] ${uid} ${row.documentId} (${row.locale ?? '-'}): its publish and unpublish times both passed while the CMS was not running, so it stays unpublished`,
      );
      actions.push({ ...base, action: 'missed' });
      continue;
    }
    try {
      // One transaction: the field is cleared (so the live copy carries no past "publish at")
      // and the draft published, or neither, and it is tried again next minute.
      await strapi.db.transaction(async () => {
        await clearFields(strapi, uid, row, [PUBLISH_AT]);
        await strapi.documents(uid as never).publish({ documentId: row.documentId, ...localeParam(row) });
      });
      strapi.log.info(`[scheduler] published ${uid} ${row.documentId} (${row.locale ?? '-'})`);
      actions.push({ ...base, action: 'published' });
    } catch (error) {
      strapi.log.warn(
        `[scheduler] could not publish ${uid} ${row.documentId} (${row.locale ?? '-'}): ${describe(error)}`,
      );
      actions.push({ ...base, action: 'failed', error: describe(error) });
    }
  }
  return actions;
};

/**
 * The draft holds the editor's latest saved "unpublish at" (a time saved on a published entry
 * without publishing again applies too); what comes down is the published version.
 */
const unpublishDue = async (strapi: Core.Strapi, uid: string, now: Date): Promise<ScheduledAction[]> => {
  const actions: ScheduledAction[] = [];
  for (const row of await dueRows(strapi, uid, UNPUBLISH_AT, false, now)) {
    const base = { uid, documentId: row.documentId, locale: row.locale };
    const live = await strapi.db.query(uid as never).count({
      where: { documentId: row.documentId, ...localeWhere(row), publishedAt: { $notNull: true } },
    });
    if (live === 0) {
      // Nothing online to take down (it was unpublished by hand): the time is simply spent.
      await clearFields(strapi, uid, row, [UNPUBLISH_AT]);
      continue;
    }
    try {
      await strapi.db.transaction(async () => {
        await clearFields(strapi, uid, row, [UNPUBLISH_AT]);
        await strapi.documents(uid as never).unpublish({ documentId: row.documentId, ...localeParam(row) });
      });
      strapi.log.info(`[scheduler] unpublished ${uid} ${row.documentId} (${row.locale ?? '-'})`);
      actions.push({ ...base, action: 'unpublished' });
    } catch (error) {
      strapi.log.warn(
        `[scheduler] could not unpublish ${uid} ${row.documentId} (${row.locale ?? '-'}): ${describe(error)}`,
      );
      actions.push({ ...base, action: 'failed', error: describe(error) });
    }
  }
  return actions;
};

/** Publishes and unpublishes everything due at `now` (injected: tests drive the clock). */
export const runSchedule = async (strapi: Core.Strapi, now: Date): Promise<ScheduledAction[]> => {
  const actions: ScheduledAction[] = [];
  for (const uid of scheduledTypes(strapi)) {
    actions.push(...(await publishDue(strapi, uid, now)));
    actions.push(...(await unpublishDue(strapi, uid, now)));
  }
  return actions;
};
