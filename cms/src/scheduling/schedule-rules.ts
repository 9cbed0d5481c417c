/**
 * The scheduling rules, in editors' words. Pure: the time and the saved values are passed in.
 */
import { type FieldError } from '../validation/readable-errors';
import { londonTime } from './london-time';
import { PUBLISH_AT, UNPUBLISH_AT } from './scheduled-types';

/** A time a minute old is still "now": the editor picked this minute, and saving took a moment. */
export const PAST_GRACE_MS = 60_000;

export type Schedule = { publishAt: Date | null; unpublishAt: Date | null };

export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  if (!(value instanceof Date) && typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The minute a time falls in (schedules are to the minute). */
export const startOfMinute = (date: Date): Date => new Date(Math.floor(date.getTime() / 60_000) * 60_000);

const same = (a: Date | null, b: Date | null): boolean => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export const messages = {
  unpublishBeforePublish: (publishAt: Date) =>
    `"Unpublish at" must be after "Publish at" (${londonTime(publishAt)}): otherwise the entry would never be on the website.`,
  publishInPast: (at: Date) =>
    `"Publish at" (${londonTime(at)}) has already passed. Choose a later time, or clear it and use Publish to publish now.`,
  unpublishInPast: (at: Date) =>
    `"Unpublish at" (${londonTime(at)}) has already passed. Choose a later time, or clear it and use Unpublish to take it down now.`,
  scheduledLater: (at: Date) =>
    `This entry is scheduled to go live on ${londonTime(at)}. To publish it now instead, clear "Publish at", save, then publish.`,
};

/**
 * Problems with a schedule being saved. `saved` is what is stored now: a time already stored is
 * not refused for having passed (the scheduler acts on it within the minute), so an editor can
 * still save other changes to the entry.
 */
export const scheduleProblems = (next: Schedule, saved: Schedule, now: Date): FieldError[] => {
  const problems: FieldError[] = [];
  // From the start of this minute: times are saved to the minute, so "now" may read up to 59 s ago.
  const cutoff = startOfMinute(now).getTime() - PAST_GRACE_MS;
  const { publishAt, unpublishAt } = next;
  if (publishAt && !same(publishAt, saved.publishAt) && publishAt.getTime() < cutoff)
    problems.push({
      path: [PUBLISH_AT],
      message: messages.publishInPast(publishAt),
      name: 'ValidationError',
    });
  if (unpublishAt && !same(unpublishAt, saved.unpublishAt) && unpublishAt.getTime() < cutoff)
    problems.push({
      path: [UNPUBLISH_AT],
      message: messages.unpublishInPast(unpublishAt),
      name: 'ValidationError',
    });
  if (publishAt && unpublishAt && unpublishAt.getTime() <= publishAt.getTime())
    problems.push({
      path: [UNPUBLISH_AT],
      message: messages.unpublishBeforePublish(publishAt),
      name: 'ValidationError',
    });
  return problems;
};

/** A manual publish of a draft scheduled for later would put it online early: refused. */
export const earlyPublishProblem = (publishAt: Date | null, now: Date): string | null =>
  publishAt && publishAt.getTime() > now.getTime() ? messages.scheduledLater(publishAt) : null;
