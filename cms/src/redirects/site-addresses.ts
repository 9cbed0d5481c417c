/**
 * Where the site shows each entry (web/src/lib/site/urls.ts: English without a prefix, other
 * languages under /<locale>/), as normalised paths without the trailing slash, and the addresses
 * the site itself uses, which no redirect may take over.
 */
import { DEFAULT_LOCALE, SITE_LOCALES } from '../content/site-content-types';
import { RESERVED_PAGE_SLUGS } from '../validation/slug-rule';

/** The content types with a page of their own, and the section that page is under. */
export const PAGED_TYPES = {
  'api::article.article': 'news',
  'api::resource.resource': 'resources',
  'api::partner-project.partner-project': 'projects',
  'api::tribute.tribute': 'tributes',
  'api::event.event': 'events',
  'api::service.service': 'directory',
  'api::page.page': '',
} as const;
export type PagedType = keyof typeof PAGED_TYPES;

export const isPagedType = (uid: string): uid is PagedType => Object.hasOwn(PAGED_TYPES, uid);

/** An entry's address, e.g. /ar/news/court-ruling (normalised: no trailing slash). */
export const entryPath = (uid: PagedType, locale: string, slug: string): string =>
  `/${[locale === DEFAULT_LOCALE ? '' : locale, PAGED_TYPES[uid], slug].filter((part) => part !== '').join('/')}`;

const LOCALE_CODES = new Set<string>(SITE_LOCALES.map((locale) => locale.code));
/** Sections whose every address belongs to the site (listings, pages of a listing, assets). */
const SITE_OWNED_PREFIXES = [
  'news/page',
  'news/category',
  'news/topic',
  'resources/page',
  'resources/audience',
  'resources/topic',
  'resources/language',
  'resources/type',
  'directory/area',
  'directory/for',
  'directory/language',
  '_astro',
  'files',
  'pagefind',
];
const SITE_FILES = ['rss.xml', 'robots.txt', 'sitemap.xml', '404.html', 'favicon.svg', 'favicon.ico'];

/**
 * Why the site itself needs this address (a home page, a section, a listing page, an asset), or
 * undefined. Entries' own pages are checked against what is published, not here.
 */
export const siteOwnedProblem = (normalised: string): string | undefined => {
  const parts = normalised
    .split('/')
    .slice(1)
    .filter((part) => part !== '');
  const rest = parts.length > 0 && LOCALE_CODES.has(parts[0] ?? '') ? parts.slice(1) : parts;
  const joined = rest.join('/');
  if (rest.length === 0) return 'This is the address of a home page of the site.';
  if (rest.length === 1 && (RESERVED_PAGE_SLUGS.includes(joined) || SITE_FILES.includes(joined))) {
    return `The site itself uses /${joined}${joined.includes('.') ? '' : '/'}.`;
  }
  if (SITE_OWNED_PREFIXES.some((prefix) => joined === prefix || joined.startsWith(`${prefix}/`))) {
    return 'The site itself uses this address (a listing or one of its files).';
  }
  return undefined;
};
