/** Each kind of seeded content: its ledger prefix and the Strapi content type it lives in. */
export const COLLECTION_KINDS = {
  topic: 'api::topic.topic',
  audience: 'api::audience.audience',
  resource: 'api::resource.resource',
  article: 'api::article.article',
  'partner-project': 'api::partner-project.partner-project',
  tribute: 'api::tribute.tribute',
  'glossary-term': 'api::glossary-term.glossary-term',
  page: 'api::page.page',
  organization: 'api::organization.organization',
  service: 'api::service.service',
  event: 'api::event.event',
} as const;
export type CollectionKind = keyof typeof COLLECTION_KINDS;

export const SINGLE_KINDS = {
  'site-setting': 'api::site-setting.site-setting',
  'home-page': 'api::home-page.home-page',
  about: 'api::about.about',
} as const;
export type SingleKind = keyof typeof SINGLE_KINDS;

/** Ledger key of one locale of one entry, e.g. `article:en:remembering-luljeta-nuzi`. */
export const entryKey = (kind: CollectionKind, locale: string, slug: string): string =>
  `${kind}:${locale}:${slug}`;
/** Ledger key of one locale of a single type, e.g. `about:sq`. */
export const singleKey = (kind: SingleKind, locale: string): string => `${kind}:${locale}`;
