/** sitemap.xml from the list of built pages: every indexable HTML page, nothing else. */
import { escapeXml } from './rss';

/** Pages search engines should not list: the 404 and 410 pages and the search pages (noindex). */
const EXCLUDED = [/^\/404\/?$/, /^\/404\.html$/, /^\/([a-z]{2}\/)?410\/$/, /(^|\/)search\/$/];

/**
 * The resource library's later and per-filter pages (resource-library.ts: `/resources/page/2/`,
 * `/resources/language/ar/`…) are noindex too: they only list guides that have pages of their own.
 */
const LIBRARY_LIST = /(^|\/)resources\/(page|audience|topic|language|type)\/[^/]+\//;

/** The directory's later pages (directory-pages.ts: `/directory/page/2/`, `/directory/area/wales/page/2/`). */
const DIRECTORY_LATER_PAGE = /(^|\/)directory\/(.+\/)?page\/\d+\/$/;

/** Site paths ('/', '/news/', '/ar/resources/x/') of built pages that belong in the sitemap. */
export const sitemapPaths = (pathnames: readonly string[]): string[] =>
  [
    ...new Set(
      pathnames
        .map((pathname) => `/${pathname.replace(/^\/+/, '')}`)
        .filter((path) => path.endsWith('/'))
        .filter((path) => !EXCLUDED.some((pattern) => pattern.test(path)))
        .filter((path) => !LIBRARY_LIST.test(path) && !DIRECTORY_LATER_PAGE.test(path)),
    ),
  ].sort();

export const sitemapXml = (paths: readonly string[], site: URL): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
