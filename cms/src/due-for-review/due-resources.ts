/**
 * Which resources are due for review: next review date past, or within the next 30 days (in
 * London's calendar, as editors read dates). Pure: the rows and today are passed in.
 */
import { LONDON_TIME_ZONE } from '../scheduling/london-time';

export const DUE_WITHIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DueResource = {
  documentId: string;
  title: string | null;
  locale: string;
  /** YYYY-MM-DD. */
  nextReview: string;
  lastReviewed: string | null;
  /** Negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  /** Whether a published version exists. */
  published: boolean;
  /** The admin's edit view of it. */
  editPath: string | null;
};

export type ResourceRow = {
  documentId: string;
  locale: string | null;
  title: string | null;
  nextReview: string | null;
  lastReviewed: string | null;
};

/** Today's date in London, YYYY-MM-DD. */
export const londonToday = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: LONDON_TIME_ZONE }).format(now);

const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** One entry per document (English where there is one), soonest first, overdue at the top. */
export const dueResources = (
  rows: readonly ResourceRow[],
  publishedIds: ReadonlySet<string>,
  today: string,
  editPathOf: (documentId: string, locale: string) => string | null,
  defaultLocale = 'en',
): DueResource[] => {
  const byDocument = new Map<string, ResourceRow>();
  for (const row of rows) {
    if (!row.nextReview) continue;
    const current = byDocument.get(row.documentId);
    if (!current || (row.locale === defaultLocale && current.locale !== defaultLocale))
      byDocument.set(row.documentId, row);
  }
  const todayNumber = dayNumber(today);
  return [...byDocument.values()]
    .map((row) => {
      const nextReview = String(row.nextReview).slice(0, 10);
      const daysLeft = dayNumber(nextReview) - todayNumber;
      const locale = row.locale ?? defaultLocale;
      return {
        documentId: row.documentId,
        title: row.title,
        locale,
        nextReview,
        lastReviewed: row.lastReviewed ? String(row.lastReviewed).slice(0, 10) : null,
        daysLeft,
        overdue: daysLeft < 0,
        published: publishedIds.has(row.documentId),
        editPath: editPathOf(row.documentId, locale),
      };
    })
    .filter((item) => item.daysLeft <= DUE_WITHIN_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.title ?? '').localeCompare(b.title ?? ''));
};
