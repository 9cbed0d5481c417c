/**
 * What the site build needs to keep old links working, read from the CMS's own records: every
 * address an entry was ever published under (previous-url, kept by record-previous-urls.ts) with
 * where that entry is now, and the editors' manual redirects. Published rows only: a draft's
 * slug never appears here.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../content/site-content-types';
import { isPagedType, PAGED_TYPES, type PagedType } from './site-addresses';

export const PREVIOUS_URL_UID = 'api::previous-url.previous-url';
export const REDIRECT_UID = 'api::redirect.redirect';

export type MovedEntry = {
  uid: PagedType;
  locale: string;
  slug: string;
  /** The entry's published slug in that locale now, or null when it is not published. */
  currentSlug: string | null;
  /** Where the entry that replaced it (supersededBy when it was taken down) is published now. */
  replacementSlug: string | null;
  replacementLocale: string | null;
};
export type ManualRedirect = { documentId: string; fromPath: string; toPath: string };
export type SiteRedirectsData = { moved: MovedEntry[]; manual: ManualRedirect[] };

type PreviousUrlRow = {
  contentType: string;
  entryDocumentId: string;
  entryLocale: string;
  slug: string;
  replacedBy: string | null;
};
type PublishedRow = { documentId: string; locale: string | null; slug: string | null };

/** Published slugs of one type, by documentId then locale. */
const publishedSlugs = async (
  strapi: Core.Strapi,
  uid: PagedType,
): Promise<Map<string, Map<string, string>>> => {
  const rows = (await strapi.db.query(uid).findMany({
    select: ['documentId', 'locale', 'slug'],
    where: { publishedAt: { $notNull: true } },
  })) as PublishedRow[];
  const byDocument = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (!row.slug) continue;
    const locales = byDocument.get(row.documentId) ?? new Map<string, string>();
    locales.set(row.locale ?? DEFAULT_LOCALE, row.slug);
    byDocument.set(row.documentId, locales);
  }
  return byDocument;
};

export const readSiteRedirects = async (strapi: Core.Strapi): Promise<SiteRedirectsData> => {
  const rows = (await strapi.db.query(PREVIOUS_URL_UID).findMany({
    select: ['contentType', 'entryDocumentId', 'entryLocale', 'slug', 'replacedBy'],
    orderBy: [{ id: 'asc' }],
  })) as PreviousUrlRow[];
  const published = new Map<PagedType, Map<string, Map<string, string>>>();
  for (const uid of Object.keys(PAGED_TYPES) as PagedType[])
    published.set(uid, await publishedSlugs(strapi, uid));

  const moved: MovedEntry[] = [];
  for (const row of rows) {
    if (!isPagedType(row.contentType)) continue;
    const slugs = published.get(row.contentType);
    const currentSlug = slugs?.get(row.entryDocumentId)?.get(row.entryLocale) ?? null;
    const replacement = row.replacedBy ? slugs?.get(row.replacedBy) : undefined;
    const replacementLocale = replacement?.has(row.entryLocale)
      ? row.entryLocale
      : replacement?.has(DEFAULT_LOCALE)
        ? DEFAULT_LOCALE
        : null;
    moved.push({
      uid: row.contentType,
      locale: row.entryLocale,
      slug: row.slug,
      currentSlug,
      replacementSlug: replacementLocale ? (replacement?.get(replacementLocale) ?? null) : null,
      replacementLocale,
    });
  }
  const manual = (await strapi.db.query(REDIRECT_UID).findMany({
    select: ['documentId', 'fromPath', 'toPath'],
    orderBy: [{ id: 'asc' }],
  })) as ManualRedirect[];
  return { moved, manual };
};
