/**
 * What every collection's sync reads from the CMS before its own queries: the locales, the media
 * library's fingerprint and the sync index. One round reads each at most once (on first use), so
 * the loaders of one build that share a round (see shared-rounds.ts) read them once between them.
 */
import type { CmsClient } from './client';
import type { SyncContext } from './context';
import type { LeftOutEntry } from './left-out';
import { fetchLocales } from './locales';
import { fetchMediaFingerprint } from './media-fingerprint';
import { fetchSyncIndex, type SyncIndex } from './sync-index';

export type SyncRound = {
  locales: () => Promise<string[]>;
  mediaFingerprint: () => Promise<string>;
  index: () => Promise<SyncIndex>;
  /** The entries the syncs of this round left out of the build, for its report (left-out.ts). */
  leftOut: LeftOutEntry[];
};

const once = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
};

export const createSyncRound = (client: CmsClient, logger: SyncContext['logger']): SyncRound => ({
  locales: once(() => fetchLocales(client)),
  mediaFingerprint: once(() => fetchMediaFingerprint(client)),
  index: once(async () => {
    const started = performance.now();
    const index = await fetchSyncIndex(client);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`sync index: ${index.size} published entries (1 request, ${seconds} s)`);
    return index;
  }),
  leftOut: [],
});
