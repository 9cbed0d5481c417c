import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RESOURCE_NEEDS_FILE_OR_LINK } from './messages';

export const RESOURCE_UID = 'api::resource.resource';

type FileEntry = { file?: unknown } | null | undefined;
export type ResourceLinks = { files?: unknown; externalUrl?: unknown };

/** A resource is usable by a visitor when it has a file to download or a link to follow. */
export const hasFileOrLink = ({ files, externalUrl }: ResourceLinks): boolean => {
  const hasFile =
    Array.isArray(files) &&
    (files as FileEntry[]).some((entry) => entry?.file !== undefined && entry?.file !== null);
  const hasLink = typeof externalUrl === 'string' && externalUrl.trim() !== '';
  return hasFile || hasLink;
};

const refuse = (): never => {
  throw new errors.ValidationError(RESOURCE_NEEDS_FILE_OR_LINK, {
    errors: [{ path: ['files'], message: RESOURCE_NEEDS_FILE_OR_LINK, name: 'ValidationError' }],
  });
};

export type Locale = string | string[] | undefined;

const defaultLocale = async (strapi: Core.Strapi): Promise<string> =>
  (
    strapi.plugin('i18n').service('locales') as { getDefaultLocale: () => Promise<string> }
  ).getDefaultLocale();

/** The `where` on locale the document service itself would use for `locale`. */
export const localeWhere = async (strapi: Core.Strapi, locale: Locale): Promise<Record<string, unknown>> => {
  if (locale === '*') return {};
  if (Array.isArray(locale)) return { locale: { $in: locale } };
  return { locale: locale ?? (await defaultLocale(strapi)) };
};

const draftsOf = async (strapi: Core.Strapi, documentId: string, locale: Locale) =>
  (await strapi.db.query(RESOURCE_UID).findMany({
    where: { documentId, publishedAt: null, ...(await localeWhere(strapi, locale)) },
    populate: { files: { populate: ['file'] } },
  })) as ResourceLinks[];

export type DocumentParams = {
  documentId?: string;
  locale?: Locale;
  status?: string;
  data?: Record<string, unknown>;
};

/**
 * Refuses to publish a resource with neither a file nor an external link. Drafts may be
 * incomplete, as Strapi allows for its own required fields: an editor can save a resource
 * while waiting for its file; only making it public needs one. Publishing happens through
 * `publish`, or through `create`/`update` called with status 'published' (which Strapi
 * publishes internally, past document middlewares, hence the check on the incoming data).
 */
export const checkResourcePublishable = async (
  strapi: Core.Strapi,
  action: string,
  params: DocumentParams,
): Promise<void> => {
  if (action === 'publish' && params.documentId) {
    const drafts = await draftsOf(strapi, params.documentId, params.locale);
    if (drafts.some((draft) => !hasFileOrLink(draft))) refuse();
    return;
  }
  if ((action !== 'create' && action !== 'update') || params.status !== 'published') return;
  const data = params.data ?? {};
  let saved: ResourceLinks = {};
  if (action === 'update' && params.documentId) {
    const [draft] = await draftsOf(
      strapi,
      params.documentId,
      Array.isArray(params.locale) ? undefined : params.locale,
    );
    saved = draft ?? {};
  }
  const merged: ResourceLinks = {
    files: 'files' in data ? data.files : saved.files,
    externalUrl: 'externalUrl' in data ? data.externalUrl : saved.externalUrl,
  };
  if (!hasFileOrLink(merged)) refuse();
};
