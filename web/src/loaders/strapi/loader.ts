/**
 * `strapiLoader`: an Astro content loader that fills one site collection from the CMS over
 * GraphQL, every locale, incrementally (see sync-collection.ts). Settings are validated when the
 * loader is created, so a missing CMS_URL or BUILD_API_TOKEN stops the build before any request.
 */
import type { Loader } from 'astro/loaders';
import { filesCacheDir } from '../../lib/cms/files/paths';
import { SITE_COLLECTIONS, type SiteCollectionName } from './collections';
import { StrapiLoaderConfigError, parseLoaderSettings, type StrapiLoaderSettingsInput } from './options';
import { syncFromCms } from './sync';

export const STRAPI_LOADER_NAME = 'strapi-loader';

export type StrapiLoaderOptions = StrapiLoaderSettingsInput & {
  /** Which site collection this loader fills. */
  collection: SiteCollectionName;
};

export const strapiLoader = (options: StrapiLoaderOptions): Loader => {
  const settings = parseLoaderSettings(options);
  if (!Object.hasOwn(SITE_COLLECTIONS, options.collection)) {
    throw new StrapiLoaderConfigError(
      `unknown collection "${options.collection}" (known: ${Object.keys(SITE_COLLECTIONS).join(', ')})`,
    );
  }
  return {
    name: STRAPI_LOADER_NAME,
    load: async (context) => {
      await syncFromCms(context, {
        collection: options.collection,
        settings,
        filesCacheDir: filesCacheDir(context.config.root),
      });
    },
  };
};
