/**
 * The content types the public site is built from, and so what the build token may read.
 * Single place to add a type to the site: the token's scope and the API guards follow it.
 */
export const COLLECTION_TYPES = [
  'api::article.article',
  'api::resource.resource',
  'api::partner-project.partner-project',
  'api::tribute.tribute',
  'api::topic.topic',
  'api::audience.audience',
  'api::glossary-term.glossary-term',
  'api::page.page',
  'api::organization.organization',
  'api::service.service',
  'api::event.event',
] as const;

export const SINGLE_TYPES = [
  'api::site-setting.site-setting',
  'api::home-page.home-page',
  'api::about.about',
] as const;

export type SiteContentType = (typeof COLLECTION_TYPES)[number] | (typeof SINGLE_TYPES)[number];
export const SITE_CONTENT_TYPES: readonly SiteContentType[] = [...COLLECTION_TYPES, ...SINGLE_TYPES];

/** Locales shown to visitors; English is the default. */
export const SITE_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'sq', name: 'Albanian (sq)' },
  { code: 'ar', name: 'Arabic (ar)' },
  { code: 'fa', name: 'Persian (fa)' },
  { code: 'ro', name: 'Romanian (ro)' },
] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number]['code'];
export const DEFAULT_LOCALE: SiteLocale = 'en';
