/**
 * Applies the scheduling rules (schedule-rules.ts) to document-service writes of scheduled types:
 * a save with a bad schedule, and a manual publish of an entry scheduled for later, are refused.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldValidationError } from '../validation/readable-errors';
import { localeWhere, type DocumentParams } from '../validation/resource-needs-file';
import {
  earlyPublishProblem,
  scheduleProblems,
  startOfMinute,
  toDate,
  type Schedule,
} from './schedule-rules';
import { isScheduledType, PUBLISH_AT, UNPUBLISH_AT } from './scheduled-types';
import { schedulerClock } from './clock';

const NOTHING: Schedule = { publishAt: null, unpublishAt: null };

const savedDrafts = async (strapi: Core.Strapi, uid: string, params: DocumentParams) => {
  if (!params.documentId) return [];
  const rows = (await strapi.db.query(uid as never).findMany({
    where: {
      documentId: params.documentId,
      publishedAt: null,
      ...(await localeWhere(strapi, params.locale)),
    },
    select: [PUBLISH_AT, UNPUBLISH_AT],
  })) as Array<Record<string, unknown>>;
  return rows.map((row) => ({ publishAt: toDate(row[PUBLISH_AT]), unpublishAt: toDate(row[UNPUBLISH_AT]) }));
};

export const checkSchedule = async (
  strapi: Core.Strapi,
  action: string,
  uid: string,
  params: DocumentParams,
): Promise<void> => {
  if (!isScheduledType(strapi, uid)) return;
  const now = schedulerClock.now();
  if (action === 'publish') {
    for (const draft of await savedDrafts(strapi, uid, params)) {
      const problem = earlyPublishProblem(draft.publishAt, now);
      if (problem) throw new errors.ValidationError(problem);
    }
    return;
  }
  const data = params.data ?? {};
  const publishing = params.status === 'published';
  if (!publishing && !(PUBLISH_AT in data || UNPUBLISH_AT in data)) return;
  // Schedules are to the minute: the admin's time picker keeps the seconds of the moment the
  // editor picked it, which would otherwise put an entry out up to a minute late.
  for (const field of [PUBLISH_AT, UNPUBLISH_AT]) {
    const date = field in data ? toDate(data[field]) : null;
    if (date) data[field] = startOfMinute(date).toISOString();
  }
  const saved = action === 'update' ? ((await savedDrafts(strapi, uid, params))[0] ?? NOTHING) : NOTHING;
  const next: Schedule = {
    publishAt: PUBLISH_AT in data ? toDate(data[PUBLISH_AT]) : saved.publishAt,
    unpublishAt: UNPUBLISH_AT in data ? toDate(data[UNPUBLISH_AT]) : saved.unpublishAt,
  };
  const problems = scheduleProblems(next, saved, now);
  if (problems.length > 0) throw fieldValidationError(problems);
  if (publishing) {
    const problem = earlyPublishProblem(next.publishAt, now);
    if (problem) throw new errors.ValidationError(problem);
  }
};
