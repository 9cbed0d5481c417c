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
  /** The news, or one of its archive pages (numbered from the oldest: paginate.ts `archivePages`). */
  news: (locale: Locale, archivePage = 0) =>
    archivePage > 0 ? localePath(locale, 'news', 'page', archivePage) : localePath(locale, 'news'),
  newsCategory: (locale: Locale, category: string) => localePath(locale, 'news', 'category', category),
  newsTopic: (locale: Locale, topicSlug: string) => localePath(locale, 'news', 'topic', topicSlug),
  article: (locale: Locale, slug: string) => localePath(locale, 'news', slug),
  rss: (locale: Locale) => (locale === DEFAULT_LOCALE ? '/rss.xml' : `/${locale}/rss.xml`),
  resources: (locale: Locale) => localePath(locale, 'resources'),
  resource: (locale: Locale, slug: string) => localePath(locale, 'resources', slug),
  events: (locale: Locale) => localePath(locale, 'events'),
  event: (locale: Locale, slug: string) => localePath(locale, 'events', slug),
  /** One event as an iCalendar file, beside its page. */
  eventCalendar: (locale: Locale, slug: string) => `${localePath(locale, 'events', slug)}event.ics`,
  /** Every upcoming event in a locale, as an iCalendar feed. */
  eventsCalendar: (locale: Locale) => `${localePath(locale, 'events')}calendar.ics`,
  projects: (locale: Locale) => localePath(locale, 'projects'),
  project: (locale: Locale, slug: string) => localePath(locale, 'projects', slug),
  tributes: (locale: Locale) => localePath(locale, 'tributes'),
  tribute: (locale: Locale, slug: string) => localePath(locale, 'tributes', slug),
  about: (locale: Locale) => localePath(locale, 'about'),
  getHelp: (locale: Locale) => localePath(locale, 'get-help'),
  glossary: (locale: Locale) => localePath(locale, 'glossary'),
  search: (locale: Locale) => localePath(locale, 'search'),
  page: (locale: Locale, slug: string) => localePath(locale, slug),
  directory: (locale: Locale) => localePath(locale, 'directory'),
  service: (locale: Locale, slug: string) => localePath(locale, 'directory', slug),
  /** `placePath` is `england` or `england/camden` (lib/directory/areas.ts). */
  directoryArea: (locale: Locale, placePath: string) =>
    localePath(locale, 'directory', 'area', ...placePath.split('/')),
  directoryLanguage: (locale: Locale, code: string) => localePath(locale, 'directory', 'language', code),
  directoryFor: (locale: Locale, situation: string) =>
    localePath(locale, 'directory', 'for', situation.replace(/_/g, '-')),
  directoryCsv: (locale: Locale) => `${localePath(locale, 'directory')}services.csv`,
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
