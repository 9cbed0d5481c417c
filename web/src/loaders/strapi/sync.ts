/**
 * One sync of one site collection from the CMS: the part of the loader that tests drive with a
 * fake loader context. Picks the collection's spec, opens the file cache when the collection
 * links files, runs the collection or single-type sync and logs what it did. What every sync
 * reads first (locales, media fingerprint, sync index) comes from the round it is given, shared
 * with the other loaders of the same build, or from a round of its own.
 */
import { openFileCache, type FileCache } from '../../lib/cms/files/file-cache';
import { writeManifest, type ManifestFile } from '../../lib/cms/files/manifest';
import { createCmsClient } from './client';
import { collectionSpec, SITE_COLLECTIONS, type SiteCollectionName } from './collections';
import { formatCounts, type SyncContext, type SyncCounts } from './context';
import type { LeftOutEntry } from './left-out';
import type { StrapiLoaderSettings } from './options';
import type { ShapeContext } from './shape/context';
import { cmsFileUrl } from './shape/urls';
import { syncCollection } from './sync-collection';
import { createSyncRound, type SyncRound } from './sync-round';
import { syncSingle } from './sync-single';

/**
 * Bump when the shape of stored entries, or what the site accepts of them, changes: the next build
 * then syncs in full (2: entries checked one by one, see left-out.ts).
 */
export const ENTRY_FORMAT = 2;

export type SyncOptions = {
  collection: SiteCollectionName;
  settings: StrapiLoaderSettings;
  /** Where downloaded files are cached (see lib/cms/files/paths.ts). */
  filesCacheDir: string;
  fetch?: typeof fetch;
  /** Shared with the other loaders of the same build (see shared-rounds.ts); a new one if absent. */
  round?: SyncRound;
};

const noFiles = (): never => {
  throw new Error('this collection does not download files');
};

const manifestOf = (ctx: SyncContext): ManifestFile[] =>
  ctx.store.values().flatMap((entry) => {
    const files = (entry.data as { files?: Array<{ href: string; mime: string }> }).files ?? [];
    return files.map(({ href, mime }) => ({ href, mime }));
  });

export const syncFromCms = async (ctx: SyncContext, options: SyncOptions): Promise<SyncCounts> => {
  const { settings, collection } = options;
  const spec = SITE_COLLECTIONS[collection];
  const client = createCmsClient(settings, options.fetch);
  const round = options.round ?? createSyncRound(client, ctx.logger);
  const [locales, mediaFingerprint, index] = await Promise.all([
    round.locales(),
    round.mediaFingerprint(),
    round.index(),
  ]);
  const source = `format ${ENTRY_FORMAT} from ${settings.url}`;
  const files: FileCache | null =
    spec.kind === 'collection' && spec.hasFiles
      ? await openFileCache({
          cacheDir: options.filesCacheDir,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        })
      : null;
  const shapeContext = (entryLabel: string): ShapeContext => ({
    cmsUrl: settings.url,
    entryLabel,
    warn: (message) => ctx.logger.warn(message),
    materialiseFile: files ? (media) => files.materialise(media, cmsFileUrl(settings.url, media)) : noFiles,
  });

  const { schema } = spec;
  const leaveOut = (entry: LeftOutEntry): void => {
    round.leftOut.push(entry);
    const title = entry.title === null ? '' : ` "${entry.title}"`;
    ctx.logger.warn(
      `${collection} ${entry.locale} ${entry.documentId}${title} left out of the build: ${entry.problem}`,
    );
  };
  const counts =
    spec.kind === 'collection'
      ? await syncCollection(ctx, {
          spec,
          client,
          locales,
          pageSize: settings.pageSize,
          source,
          shapeContext,
          specOf: collectionSpec,
          hasFile: (href) => files?.has(href) ?? true,
          mediaFingerprint,
          index,
          schema,
          leaveOut,
        })
      : await syncSingle(ctx, {
          spec,
          client,
          locales,
          source,
          shapeContext,
          mediaFingerprint,
          index,
          schema,
          leaveOut,
        });

  if (files) {
    await files.flush();
    await writeManifest(options.filesCacheDir, collection, manifestOf(ctx));
    if (files.stats.downloaded > 0 || files.stats.reused > 0) {
      ctx.logger.info(
        `${collection}: files downloaded ${files.stats.downloaded} (${files.stats.bytesDownloaded} bytes), reused from cache ${files.stats.reused}`,
      );
    }
  }
  ctx.logger.info(formatCounts(collection, counts));
  return counts;
};
