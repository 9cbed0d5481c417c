import type { DataStore, LoaderContext, MetaStore } from 'astro/loaders';

/** The part of Astro's loader context the sync uses (small enough to fake in unit tests). */
export type SyncContext = {
  collection: string;
  store: Pick<DataStore, 'get' | 'set' | 'delete' | 'values' | 'keys' | 'clear'>;
  meta: MetaStore;
  logger: Pick<LoaderContext['logger'], 'info' | 'warn' | 'debug'>;
  parseData: LoaderContext['parseData'];
  generateDigest: LoaderContext['generateDigest'];
};

/** What one sync did; logged, and kept in meta (`strapi-last-sync`) for tests and benchmarks. */
export type SyncCounts = {
  mode: 'full' | 'incremental';
  /** Entries fetched with all their fields (new, changed, or whose relations changed). */
  fetched: number;
  /** Entries removed because they were deleted or unpublished in the CMS. */
  deleted: number;
  /** Entries fetched but left out of the build: the site cannot publish them (see left-out.ts). */
  leftOut: number;
  /** Entries kept as they were, not fetched. */
  unchanged: number;
  /** Entries in the collection after the sync. */
  total: number;
  /** GraphQL requests made. */
  requests: number;
  locales: number;
  seconds: number;
};

export const META_KEYS = {
  /** Newest `updatedAt` seen (own or of a relation target): the next sync asks for anything newer. */
  mark: 'strapi-sync-mark',
  /** Which CMS and entry format the store holds; a change forces a full sync. */
  source: 'strapi-source',
  lastSync: 'strapi-last-sync',
  /** The media library's fingerprint at the last sync (see media-fingerprint.ts). */
  media: 'strapi-media',
} as const;

export const formatCounts = (collection: string, counts: SyncCounts): string =>
  `${collection}: fetched ${counts.fetched} changed, ${counts.deleted} deleted, ${counts.unchanged} unchanged, ` +
  `${counts.leftOut} left out ` +
  `(${counts.mode} sync, ${counts.total} entries in ${counts.locales} locale(s), ${counts.requests} requests, ${counts.seconds.toFixed(2)} s)`;
