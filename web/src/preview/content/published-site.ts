/**
 * The published site, as the preview server knows it: every site collection kept in memory
 * between previews and brought up to date before each one by the Strapi loader's own sync
 * (the sync index makes that one small request when nothing changed). Pages read it for
 * everything around the entry on preview: the header and footer, related guides, lists.
 */
import {
  SITE_COLLECTIONS,
  SITE_COLLECTION_NAMES,
  type SiteCollectionName,
} from '../../loaders/strapi/collections';
import { createCmsClient } from '../../loaders/strapi/client';
import { memoryContext, type MemoryContext } from '../../loaders/strapi/memory-context';
import type { StrapiLoaderSettings } from '../../loaders/strapi/options';
import { syncFromCms } from '../../loaders/strapi/sync';
import { createSyncRound } from '../../loaders/strapi/sync-round';
import type { SyncContext } from '../../loaders/strapi/context';

export type PublishedSite = ReadonlyMap<SiteCollectionName, MemoryContext>;

const contexts = new Map<SiteCollectionName, MemoryContext>();

export const refreshPublishedSite = async (
  settings: StrapiLoaderSettings,
  filesCacheDir: string,
  logger: SyncContext['logger'],
): Promise<PublishedSite> => {
  const round = createSyncRound(createCmsClient(settings), logger);
  await Promise.all(
    SITE_COLLECTION_NAMES.map(async (collection) => {
      const context =
        contexts.get(collection) ?? memoryContext(collection, SITE_COLLECTIONS[collection].schema, logger);
      contexts.set(collection, context);
      await syncFromCms(context, { collection, settings, filesCacheDir, round });
    }),
  );
  return contexts;
};
