/**
 * `strapiLoader`: an Astro content loader that fills one site collection from the CMS over
 * GraphQL, every locale, incrementally (see sync-collection.ts). Settings are validated when the
 * loader is created, so a missing CMS_URL or BUILD_API_TOKEN stops the build before any request.
 * The loaders of one build read the CMS's locales, media fingerprint and sync index once between
 * them (shared-rounds.ts).
 */
import type { Loader } from 'astro/loaders';
import { siteEnv } from '../../env';
import { currentBuildOptions } from '../../lib/site/build-options';
import { filesCacheDir } from '../../lib/cms/files/paths';
import { createCmsClient } from './client';
import { SITE_COLLECTIONS, type SiteCollectionName } from './collections';
import { writeLeftOutReport } from './left-out';
import { StrapiLoaderConfigError, parseLoaderSettings, type StrapiLoaderSettingsInput } from './options';
import { createSharedRounds } from './shared-rounds';
import { syncFromCms } from './sync';
import { createSyncRound } from './sync-round';

export const STRAPI_LOADER_NAME = 'strapi-loader';

const rounds = createSharedRounds();

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
      // Read at each build: a warm build worker runs many builds, each with its own file.
      // The warm worker's build passes it explicitly; a build command names it in its environment.
      const reportFile = currentBuildOptions()?.leftOutFile ?? siteEnv().SITE_LEFT_OUT_FILE;
      // `config` is one object per build: loaders of another build never share this round.
      await rounds.run(
        context.config,
        `${settings.url} ${settings.token}`,
        () => createSyncRound(createCmsClient(settings), context.logger),
        async (round) => {
          try {
            await syncFromCms(context, {
              collection: options.collection,
              settings,
              filesCacheDir: filesCacheDir(context.config.root),
              round,
            });
          } finally {
            // Each loader writes what the round has left out so far: the last one to finish
            // writes the whole list (an empty one for a clean build).
            if (reportFile !== undefined) writeLeftOutReport(reportFile, round.leftOut);
          }
        },
      );
    },
  };
};
