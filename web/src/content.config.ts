/**
 * Wires the site's collections to the CMS. Every collection is filled by the one Strapi loader
 * (GraphQL, every locale, incremental); the data shapes are the zod schemas in lib/cms/schemas.
 *
 * Entry ids: collections `<locale>/<slug>` (e.g. `en/welcome`, `ar/welcome-ar`);
 * single types (settings, home, about) `<locale>` (e.g. `en`). Only published content exists here.
 */
import { defineCollection } from 'astro:content';
import { buildEnv } from './env';
import { strapiLoader, type SiteCollectionName } from './loaders/strapi';
import {
  aboutSchema,
  audiencesSchema,
  glossarySchema,
  homeSchema,
  newsSchema,
  pagesSchema,
  projectsSchema,
  resourcesSchema,
  settingsSchema,
  topicsSchema,
  tributesSchema,
} from './lib/cms/schemas';

const { CMS_URL, BUILD_API_TOKEN } = buildEnv();
const fromCms = (collection: SiteCollectionName) =>
  strapiLoader({ collection, url: CMS_URL, token: BUILD_API_TOKEN });

export const collections = {
  news: defineCollection({ loader: fromCms('news'), schema: newsSchema }),
  resources: defineCollection({ loader: fromCms('resources'), schema: resourcesSchema }),
  projects: defineCollection({ loader: fromCms('projects'), schema: projectsSchema }),
  tributes: defineCollection({ loader: fromCms('tributes'), schema: tributesSchema }),
  topics: defineCollection({ loader: fromCms('topics'), schema: topicsSchema }),
  audiences: defineCollection({ loader: fromCms('audiences'), schema: audiencesSchema }),
  glossary: defineCollection({ loader: fromCms('glossary'), schema: glossarySchema }),
  pages: defineCollection({ loader: fromCms('pages'), schema: pagesSchema }),
  settings: defineCollection({ loader: fromCms('settings'), schema: settingsSchema }),
  home: defineCollection({ loader: fromCms('home'), schema: homeSchema }),
  about: defineCollection({ loader: fromCms('about'), schema: aboutSchema }),
};
