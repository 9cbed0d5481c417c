/**
 * GET /what-is-live/:uid/:documentId?locale=xx: the edit view's "What is live" panel. An admin
 * route, for someone whose role may read that type (the content manager's own read permission);
 * it reuses the Website panel's status (website-status/) and its "left out" list.
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { SITE_CONTENT_TYPES } from '../content/site-content-types';
import { toDate } from '../scheduling/schedule-rules';
import { fetchWebsiteStatus } from '../website-status/fetch-status';
import { editPath, type DescribeType } from '../website-status/left-out';
import { entryLiveStatus } from './entry-status';
import { publicPath, publicUrl } from './public-path';

export const WHAT_IS_LIVE_PATH = '/what-is-live/:uid/:documentId';

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/i;
const LOCALE = /^[a-z]{2,3}$/;

type Ability = { can: (action: string, subject: string) => boolean };
type Context = {
  params: { uid: string; documentId: string };
  query: { locale?: unknown };
  state: { userAbility?: Ability };
  status: number;
  body: unknown;
  set: (field: string, value: string) => void;
};

type Row = Record<string, unknown> & { publishedAt: string | Date | null; locale: string | null };

export const registerWhatIsLiveRoute = (strapi: Core.Strapi): void => {
  const describeType: DescribeType = (uid) => {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
      { kind: 'collectionType' | 'singleType'; info: { displayName: string } } | undefined;
    return model ? { name: model.info.displayName, kind: model.kind } : undefined;
  };
  const handler = async (ctx: Context): Promise<void> => {
    ctx.set('Cache-Control', 'no-store');
    const { uid, documentId } = ctx.params;
    const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : 'en';
    const known = (SITE_CONTENT_TYPES as readonly string[]).includes(uid) || uid.startsWith('api::');
    if (
      !known ||
      !strapi.contentTypes[uid as never] ||
      !DOCUMENT_ID.test(documentId) ||
      !LOCALE.test(locale)
    ) {
      ctx.status = 404;
      ctx.body = { error: 'No such entry' };
      return;
    }
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', uid)) {
      ctx.status = 403;
      ctx.body = { error: 'Your role may not read this type of entry' };
      return;
    }
    const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId, locale } })) as Row[];
    if (rows.length === 0) {
      ctx.status = 404;
      ctx.body = { error: 'No such entry' };
      return;
    }
    const published = rows.find((row) => row.publishedAt !== null);
    const draft = rows.find((row) => row.publishedAt === null) ?? published;
    const env = cmsEnv();
    const website = await fetchWebsiteStatus({ url: env.REBUILD_STATUS_URL, describeType });
    const kind = describeType(uid)?.kind ?? 'collectionType';
    const mine = editPath(uid, kind, documentId, locale);
    const leftOut = website.leftOut.find((entry) => mine !== null && entry.editPath === mine);
    ctx.body = entryLiveStatus(
      {
        publishedAt: published ? new Date(published.publishedAt as string).toISOString() : null,
        publishAt: toDate(draft?.publishAt),
        unpublishAt: toDate(draft?.unpublishAt),
        publicUrl: publicUrl(env.SITE_URL, publicPath(uid, locale, published?.slug)),
        leftOutProblem: leftOut?.problem ?? null,
      },
      website,
      new Date(),
    );
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: WHAT_IS_LIVE_PATH,
        info: { type: 'admin' },
        handler: (ctx: unknown) => handler(ctx as Context),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
};
