/**
 * Where the website shows an entry of each type, as web/src/lib/site/urls.ts builds it: English
 * has no prefix, other languages live under /<locale>/, every page ends with a slash. A type
 * without a page of its own (topics, site settings) has no link.
 */
import { DEFAULT_LOCALE } from '../content/site-content-types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}$/;

/** Path segments per type; `slug` is the entry's slug. */
const SEGMENTS: Record<string, (slug: string) => string[]> = {
  'api::article.article': (slug) => ['news', slug],
  'api::resource.resource': (slug) => ['resources', slug],
  'api::partner-project.partner-project': (slug) => ['projects', slug],
  'api::tribute.tribute': (slug) => ['tributes', slug],
  'api::event.event': (slug) => ['events', slug],
  'api::service.service': (slug) => ['directory', slug],
  'api::page.page': (slug) => [slug],
  'api::home-page.home-page': () => [],
  'api::about.about': () => ['about'],
};
const NO_SLUG = new Set(['api::home-page.home-page', 'api::about.about']);

export const publicPath = (uid: string, locale: string, slug: unknown): string | null => {
  const segments = SEGMENTS[uid];
  if (!segments || !LOCALE.test(locale)) return null;
  if (!NO_SLUG.has(uid) && (typeof slug !== 'string' || !SLUG.test(slug))) return null;
  const parts = [...(locale === DEFAULT_LOCALE ? [] : [locale]), ...segments(String(slug ?? ''))];
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
};

/** The page's full address on the public site, or null without one. */
export const publicUrl = (siteUrl: string | undefined, path: string | null): string | null =>
  siteUrl && path ? new URL(path, siteUrl).href : null;
