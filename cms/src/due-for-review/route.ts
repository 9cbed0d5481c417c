/**
 * GET /due-for-review: the "Due for review" widget's list. An admin route, for roles that may
 * edit resources (resource editors, Super Admins); anyone else gets 403.
 */
import type { Core } from '@strapi/strapi';
import { editPath } from '../website-status/left-out';
import { dueResources, londonToday, DUE_WITHIN_DAYS, type ResourceRow } from './due-resources';

export const DUE_FOR_REVIEW_PATH = '/due-for-review';
export const RESOURCE_UID = 'api::resource.resource';
export const REVIEW_PERMISSION = 'plugin::content-manager.explorer.update';

type Context = {
  state: { userAbility?: { can: (action: string, subject: string) => boolean } };
  status: number;
  body: unknown;
  set: (field: string, value: string) => void;
};

export const registerDueForReviewRoute = (strapi: Core.Strapi): void => {
  const handler = async (ctx: Context): Promise<void> => {
    ctx.set('Cache-Control', 'no-store');
    if (!ctx.state.userAbility?.can(REVIEW_PERMISSION, RESOURCE_UID)) {
      ctx.status = 403;
      ctx.body = { error: 'Only people who edit resources see which are due for review' };
      return;
    }
    const now = new Date();
    const today = londonToday(now);
    const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) + DUE_WITHIN_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const query = strapi.db.query(RESOURCE_UID as never);
    const rows = (await query.findMany({
      where: { publishedAt: null, nextReview: { $notNull: true, $lte: cutoff } },
      select: ['documentId', 'locale', 'title', 'nextReview', 'lastReviewed'],
    })) as ResourceRow[];
    const published = (await query.findMany({
      where: { publishedAt: { $notNull: true }, documentId: { $in: rows.map((row) => row.documentId) } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    const items = dueResources(
      rows,
      new Set(published.map((row) => row.documentId)),
      today,
      (documentId, locale) => editPath(RESOURCE_UID, 'collectionType', documentId, locale),
    );
    ctx.body = { today, withinDays: DUE_WITHIN_DAYS, items, checkedAt: now.toISOString() };
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: DUE_FOR_REVIEW_PATH,
        info: { type: 'admin' },
        handler,
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
};
