/**
 * Wires the site's collections to the CMS: every collection of loaders/strapi/collections.ts is
 * filled by the one Strapi loader (GraphQL, every locale, incremental) and checked by its spec's
 * zod schema (lib/cms/schemas). A new collection needs no change here.
 *
 * Entry ids: collections `<locale>/<slug>` (e.g. `en/welcome`, `ar/welcome-ar`);
 * single types (settings, home, about) `<locale>` (e.g. `en`). Only published content exists here.
 */
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { buildEnv } from './env';
import { strapiLoader } from './loaders/strapi';
import {
  SITE_COLLECTION_NAMES,
  SITE_COLLECTIONS,
  type SiteCollectionName,
} from './loaders/strapi/collections';

const { CMS_URL, BUILD_API_TOKEN } = buildEnv();

type SchemaOf<C extends SiteCollectionName> = (typeof SITE_COLLECTIONS)[C]['schema'];

export const collections = Object.fromEntries(
  SITE_COLLECTION_NAMES.map((collection) => [
    collection,
    defineCollection({
      loader: strapiLoader({ collection, url: CMS_URL, token: BUILD_API_TOKEN }),
      schema: SITE_COLLECTIONS[collection].schema,
    }),
  ]),
) as { [C in SiteCollectionName]: CollectionConfig<SchemaOf<C>, Loader> };
