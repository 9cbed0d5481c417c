/**
 * Every URL the site links to, built in one place so the routes (agreed with the data layer and
 * the tests) cannot drift: English has no prefix, other locales live under /<locale>/, and every
 * page URL ends with a slash (build.format 'directory').
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';

/** The `[...lang]` route parameter for a locale: undefined for English (no prefix). */
export const langParam = (locale: Locale): string | undefined =>
  locale === DEFAULT_LOCALE ? undefined : locale;

/** Joins path segments under a locale's prefix, always ending in a slash. */
export const localePath = (locale: Locale, ...segments: Array<string | number>): string => {
  const parts = [langParam(locale), ...segments.map(String)].filter((part): part is string => !!part);
  return parts.length === 0 ? '/' : `/${parts.map(encodeURIComponent).join('/')}/`;
};

export const routes = {
  home: (locale: Locale) => localePath(locale),
  news: (locale: Locale, page = 1) =>
    page > 1 ? localePath(locale, 'news', 'page', page) : localePath(locale, 'news'),
  newsCategory: (locale: Locale, category: string) => localePath(locale, 'news', 'category', category),
  newsTopic: (locale: Locale, topicSlug: string) => localePath(locale, 'news', 'topic', topicSlug),
  article: (locale: Locale, slug: string) => localePath(locale, 'news', slug),
  rss: (locale: Locale) => (locale === DEFAULT_LOCALE ? '/rss.xml' : `/${locale}/rss.xml`),
  resources: (locale: Locale) => localePath(locale, 'resources'),
  resource: (locale: Locale, slug: string) => localePath(locale, 'resources', slug),
  projects: (locale: Locale) => localePath(locale, 'projects'),
  project: (locale: Locale, slug: string) => localePath(locale, 'projects', slug),
  tributes: (locale: Locale) => localePath(locale, 'tributes'),
  tribute: (locale: Locale, slug: string) => localePath(locale, 'tributes', slug),
  about: (locale: Locale) => localePath(locale, 'about'),
  getHelp: (locale: Locale) => localePath(locale, 'get-help'),
  glossary: (locale: Locale) => localePath(locale, 'glossary'),
  search: (locale: Locale) => localePath(locale, 'search'),
  page: (locale: Locale, slug: string) => localePath(locale, slug),
} as const;

/** The CMS page slugs the footer and help pages link to (seeded by the CMS; linked only if published). */
export const PAGE_SLUGS = {
  accessibility: 'accessibility-statement',
  privacy: 'privacy-notice',
  coverTracks: 'cover-your-tracks',
} as const;

/** An absolute URL for canonical links, feeds and Open Graph (site = Astro.site). */
export const absoluteUrl = (path: string, site: URL | string | undefined): string =>
  site ? new URL(path, site).href : path;
