/**
 * The site's search index step (search-index.ts) with the site's settings: the shard size from
 * SEARCH_PAGES_PER_SHARD, and the shards of the last build kept beside Astro's own caches to be
 * taken again. Run by the site's build command once Astro has exited (src/build/cli.mjs), and by
 * the build integration when the rebuild service's warm worker asks for the index in the build.
 * Imports written with their `.ts`: Node runs the build command without a bundler.
 */
import path from 'node:path';
import { siteEnv } from '../../env.ts';
import { writeSearchIndex, type SearchIndexCounts } from './search-index.ts';

/** Where the last build's shards are kept, in Astro's cache folder (`config.cacheDir`). */
export const searchIndexCacheDir = (astroCacheDir: string): string =>
  path.join(astroCacheDir, 'search-index');

/**
 * `workers`: how many shards are indexed at once (search-index.ts). The build command, with
 * Astro's process gone, uses SEARCH_INDEX_WORKERS; the warm worker, which holds Astro, one.
 */
export const writeSiteSearchIndex = (
  siteDir: string,
  astroCacheDir: string,
  workers = 1,
): Promise<SearchIndexCounts> => {
  const { SEARCH_PAGES_PER_SHARD } = siteEnv();
  return writeSearchIndex(siteDir, {
    cacheDir: searchIndexCacheDir(astroCacheDir),
    workers,
    ...(SEARCH_PAGES_PER_SHARD ? { pagesPerShard: SEARCH_PAGES_PER_SHARD } : {}),
  });
};

/** The log line benchmarks and tests read: "search index: 120 pages in 1 shard(s), 1 indexed again, …". */
export const searchIndexLine = (index: SearchIndexCounts): string =>
  `search index: ${index.pages} pages in ${index.shards} shard(s), ${index.indexed} indexed again, the rest unchanged`;
