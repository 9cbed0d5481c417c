/**
 * The URL name (slug) rule, the same as the site's (web/src/lib/cms/slug.ts, checked by a test):
 * lowercase letters a-z and digits, single hyphens between them, at most SLUG_MAX_LENGTH
 * characters. A slug is a folder of the built site: `..` or `.` would stop every build.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

/** Top-level addresses the site itself uses: a page (at `/<slug>/`) cannot take one. */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  'en',
  'sq',
  'ar',
  'fa',
  'ro',
  'about',
  'events',
  'files',
  'directory',
  'get-help',
  'glossary',
  'news',
  'pagefind',
  'projects',
  'resources',
  'search',
  'tributes',
  'uploads',
  '404',
  '410',
];

export const PAGE_UID = 'api::page.page';
