/**
 * The site's build API for the rebuild service (`@platform/web/build`): what a build is asked
 * (SiteBuildOptions), the worker's messages, and the few calls the warm worker and the service
 * make. Only Node built-ins, Astro's public `build()` and pagefind (loaded only to update an
 * index) behind it: the service and its worker load this module outside Astro.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { astroCacheDir, incrementalSupport } from '../lib/site/astro-internals.ts';
import { withBuildOptions, type SiteBuildOptions } from '../lib/site/build-options.ts';
import { prepareIncrementalOutput } from '../lib/site/incremental-output.ts';
import { linkTree } from '../lib/site/link-tree.ts';
import type { SearchIndexUpdate } from '../lib/site/search-index.ts';

export type { SiteBuildOptions } from '../lib/site/build-options.ts';
export { BUILD_DIR_NAME } from '../lib/site/astro-internals.ts';
export type { SearchIndexUpdate } from '../lib/site/search-index.ts';

type AstroBuild = (config: { root: string; outDir: string; logLevel: 'info' }) => Promise<void>;

/** Loads Astro (the site folder's own copy) once; a warm worker then builds with it again and again. */
export const loadSiteBuilder = async (
  webRoot: string,
): Promise<(options: SiteBuildOptions) => Promise<void>> => {
  const astroEntry = createRequire(path.join(webRoot, 'package.json')).resolve('astro');
  const { build } = (await import(pathToFileURL(astroEntry).href)) as { build: AstroBuild };
  return (options) =>
    withBuildOptions(options, () => build({ root: webRoot, outDir: options.outDir, logLevel: 'info' }));
};

/** Whether a process that has built the site may build it again (astro-internals.ts). */
export const mayReuseModules = (webRoot: string): boolean =>
  incrementalSupport(astroCacheDir(webRoot)).incremental;

/** Fills `outDir` with the last build's cached pages, for the next build (incremental-output.ts). */
export const prepareNextBuild = (webRoot: string, outDir: string, signal: AbortSignal): Promise<number> =>
  prepareIncrementalOutput(astroCacheDir(webRoot), outDir, signal);

/**
 * Brings the search index of a live release up to date (search-index.ts: changed shards indexed
 * into new folders, the list of shards renamed in last). Pagefind and the site's environment
 * module are loaded on the first call only: the service imports this module for its types and
 * names too.
 */
export const updateSearchIndex = async (siteDir: string): Promise<SearchIndexUpdate> => {
  // The shard size the site's builds use (the same environment variable).
  const { SEARCH_PAGES_PER_SHARD } = (await import('../env.ts')).siteEnv();
  return (await import('../lib/site/search-index.ts')).updateSearchIndex(
    siteDir,
    SEARCH_PAGES_PER_SHARD ? { pagesPerShard: SEARCH_PAGES_PER_SHARD } : {},
  );
};

/** Pagefind's folder in a built site, and its list of shards (written last: the index is whole). */
const SEARCH_DIR = 'pagefind';
const SEARCH_ENTRY = 'shards.json';

/** Whether `releaseDir` has a complete search index to bring along. */
export const hasSearchIndex = (releaseDir: string): boolean =>
  existsSync(path.join(releaseDir, SEARCH_DIR, SEARCH_ENTRY));

/**
 * Hard-links every file of `fromRelease`'s index into `toDir` (a build that left the index out),
 * so the new release goes live with a working search, one publish behind, until it is updated.
 * The update only ever renames new files over old names, so the files shared with the older
 * release are never changed. The number of files linked.
 */
export const carrySearchIndex = (fromRelease: string, toDir: string): number =>
  linkTree(path.join(fromRelease, SEARCH_DIR), path.join(toDir, SEARCH_DIR));

/**
 * Messages between the rebuild service and its warm build worker (Node IPC, JSON): one `build`
 * request per publish. After a successful build the worker fills the next build's folder on its
 * own (`prepareNextIn`) and says so with a `prepared` of the same id; a publish that arrives
 * first stops that with `cancel-prepare`. `prepare` fills a folder without a build (after a
 * restart, in tests).
 */
export type WorkerRequest =
  | { type: 'build'; id: number; build: SiteBuildOptions; prepareNextIn?: string }
  | { type: 'prepare'; id: number; outDir: string }
  | { type: 'cancel-prepare'; id: number };

export type WorkerMessage =
  | { type: 'ready' }
  /** `reuse`: whether the next build may run in this process (astro-internals.ts knows this Astro). */
  | { type: 'done'; id: number; ok: true; rssBytes: number; reuse: boolean }
  | { type: 'done'; id: number; ok: false; error: string; rssBytes: number; reuse: boolean }
  | { type: 'prepared'; id: number; ok: true; files: number }
  | { type: 'prepared'; id: number; ok: false; error: string };

export const isWorkerMessage = (value: unknown): value is WorkerMessage =>
  typeof value === 'object' &&
  value !== null &&
  ['ready', 'done', 'prepared'].includes((value as { type?: unknown }).type as string);
