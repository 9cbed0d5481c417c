/** The site collections the Strapi loader can fill (the names content.config.ts uses). */
export const SITE_COLLECTION_NAMES = [
  'news',
  'resources',
  'projects',
  'tributes',
  'topics',
  'audiences',
  'glossary',
  'pages',
  'settings',
  'home',
  'about',
] as const;
export type SiteCollectionName = (typeof SITE_COLLECTION_NAMES)[number];
