/**
 * The Pagefind search index (dist/pagefind/, served from the site itself: no search server, no
 * third party), in shards. One index of every page held ~1.9 GB and took ~16 s at 14,800 pages,
 * on every build, however small the change. So the pages with a search body
 * (`data-pagefind-body`) are split by a hash of their address into shards of at most
 * `pagesPerShard` pages, each a Pagefind bundle of its own in a folder named by the digest of what
 * it indexes (its pages' addresses and HTML). A shard whose pages did not change is the same
 * folder as before and is taken as it is; only changed shards are indexed again: one at a time in
 * this process, or, when asked (`workers`), several at once, each in a worker thread with a Pagefind
 * service of its own (Pagefind's service indexes one page at a time: two services, two cores).
 * `pagefind/shards.json` lists the bundles; the search page merges them (SearchLayout.astro).
 *
 * - `writeSearchIndex`: into a fresh build's output (the build does it: `astro build`), taking
 *   unchanged shards from the build's cache folder.
 * - `updateSearchIndex`: in a release that is already live, whose index was carried (hard-linked)
 *   from the release before. New shard folders are written beside the others and shards.json is
 *   renamed over last, so a reader sees the old index or the new one, never half of one. A shard
 *   folder is never changed once written, so a release the files are shared with is never
 *   changed either. The folders of the previous shards.json stay one more round (for pages that
 *   loaded it just before); older ones go.
 * Only Node built-ins, pagefind, link-tree.ts and search-shard.ts here (imported statically: a
 * dynamic import at the end of an Astro build finds Vite's module runner closed; the build
 * integration never asks for workers). The rebuild service reaches this file through
 * the site's build API (src/build/index.ts), which loads it only to update an index.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { Worker } from 'node:worker_threads';
import { eachAtMost } from './each-at-most.ts';
import { linkTree } from './link-tree.ts';
import { indexShard, type ShardPage } from './search-shard.ts';

export const SEARCH_DIR = 'pagefind';
/** The list of bundles the search page merges; renamed into place last. */
export const SHARDS_FILE = 'shards.json';
/** About 250 MB of Pagefind's memory and 2-3 s of indexing per shard of this many pages. */
export const DEFAULT_PAGES_PER_SHARD = 2000;
/** What the search page loads from the index's root (the bundles hold the rest). */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'] as const;
/** Changes when the way a shard is written changes: every shard is then indexed again. */
const SHARD_FORMAT = '1';

type Page = ShardPage & { digest: string };
type Shard = { dir: string; pages: Page[] };
export type ShardsManifest = { bundles: string[]; pages: number[]; previous: string[] };
/** What an index holds: searchable pages, shards, and how many shards were indexed again. */
export type SearchIndexCounts = { pages: number; shards: number; indexed: number };
export type SearchIndexUpdate = SearchIndexCounts & { removed: number };
export type SearchIndexOptions = {
  /** Where the shards of the last build are kept, to be taken again when unchanged. */
  cacheDir?: string;
  pagesPerShard?: number;
  /**
   * How many shards are indexed at once, each in a worker thread with a Pagefind service of its
   * own (~300 MB each at 2,000 pages). 1 (the default): one at a time, in this process.
   */
  workers?: number;
};

/** Whether a page's `<main>` is marked for the search (BaseLayout.astro), read from its bytes. */
const isSearchable = (html: Buffer): boolean => {
  const main = html.indexOf('<main ');
  if (main < 0) return false;
  return html.subarray(main, html.indexOf('>', main)).includes(' data-pagefind-body');
};

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** Every HTML page under `siteDir` with a search body, by address (the search index's own folders left out). */
const searchablePages = (siteDir: string): Page[] => {
  const pages: Page[] = [];
  const names = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && !/^\.?pagefind/.test(name),
  );
  for (const name of names.sort()) {
    const file = path.join(siteDir, name);
    const html = readFileSync(file);
    if (!isSearchable(html)) continue;
    const parts = name.split(path.sep);
    const url =
      parts.at(-1) === 'index.html'
        ? `/${parts
            .slice(0, -1)
            .map((p) => `${p}/`)
            .join('')}`
        : `/${parts.join('/')}`;
    pages.push({ url, file, digest: sha256(html) });
  }
  return pages;
};

/** Pages split into shards by a hash of their address; each shard named by what it holds. */
const shardsOf = (pages: readonly Page[], pagesPerShard: number): Shard[] => {
  const count = Math.max(1, Math.ceil(pages.length / pagesPerShard));
  const groups: Page[][] = Array.from({ length: count }, () => []);
  for (const page of pages) groups[parseInt(sha256(page.url).slice(0, 8), 16) % count]?.push(page);
  const version = pagefindVersion();
  return groups
    .filter((group) => group.length > 0)
    .map((group) => ({
      pages: group,
      dir: sha256(
        [SHARD_FORMAT, version, ...group.map((page) => `${page.url}\t${page.digest}`)].join('\n'),
      ).slice(0, 20),
    }));
};

/**
 * Pagefind's version, part of every shard's name, so that an upgrade indexes every shard again.
 * If it cannot be read, a name of this process alone: shards are then never taken from another
 * process's cache (slower, never a shard written by another Pagefind).
 */
let versionCache: string | undefined;
export const pagefindVersion = (): string => {
  versionCache ??= (() => {
    try {
      const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      if (name === 'pagefind' && typeof version === 'string' && version !== '') return version;
    } catch {
      // Below.
    }
    return `unknown ${process.pid} ${Date.now()} ${Math.random()}`;
  })();
  return versionCache;
};

/** `linkTree` into a folder beside `to`, renamed to `to` once whole: a shard folder is complete or absent. */
const linkTreeWhole = (from: string, to: string): void => {
  const writing = path.join(path.dirname(to), `.${path.basename(to)}.writing`);
  rmSync(writing, { recursive: true, force: true });
  linkTree(from, writing);
  rmSync(to, { recursive: true, force: true });
  renameSync(writing, to);
};

/** Indexes one shard in a worker thread with a Pagefind service of its own (search-shard-worker.ts). */
const indexShardInWorker = (shard: Shard, outputDir: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const pages = shard.pages.map(({ url, file }) => ({ url, file }));
    const worker = new Worker(new URL('./search-shard-worker.ts', import.meta.url), {
      workerData: { pages, outputDir },
      // Not this process's Node flags (an --eval's --input-type, a loader): it runs one plain module.
      execArgv: [],
    });
    let failure: unknown;
    worker.once('error', (error) => {
      failure = error;
    });
    worker.once('exit', (code) => {
      if (failure !== undefined) reject(failure instanceof Error ? failure : new Error(String(failure)));
      else if (code !== 0) reject(new Error(`The search index worker stopped with exit code ${code}`));
      else resolve();
    });
  });

/**
 * Puts every shard of the pages under `siteDir` into `searchDir`: a shard already there is kept,
 * one in `cacheDir` is linked in, the rest are indexed. The UI files are put at the root.
 */
const writeShards = async (
  siteDir: string,
  searchDir: string,
  options: SearchIndexOptions,
): Promise<{ shards: Shard[]; indexed: number }> => {
  const shards = shardsOf(searchablePages(siteDir), options.pagesPerShard ?? DEFAULT_PAGES_PER_SHARD);
  mkdirSync(searchDir, { recursive: true });
  const toIndex: Shard[] = [];
  for (const shard of shards) {
    const target = path.join(searchDir, shard.dir);
    if (existsSync(target)) continue;
    const cached = options.cacheDir ? path.join(options.cacheDir, shard.dir) : undefined;
    if (cached && existsSync(cached)) linkTreeWhole(cached, target);
    else toIndex.push(shard);
  }
  const workers = options.workers ?? 1;
  // Written beside, renamed in whole: a folder named by its content is complete or absent.
  const writeShard = async (shard: Shard, index: (shard: Shard, dir: string) => Promise<void>) => {
    const writing = path.join(searchDir, `.${shard.dir}.writing`);
    rmSync(writing, { recursive: true, force: true });
    await index(shard, writing);
    renameSync(writing, path.join(searchDir, shard.dir));
  };
  if (workers > 1 && toIndex.length > 1) {
    await eachAtMost(toIndex, workers, (shard) => writeShard(shard, indexShardInWorker));
  } else if (toIndex.length > 0) {
    try {
      for (const shard of toIndex) await writeShard(shard, (s, dir) => indexShard(s.pages, dir));
    } finally {
      await pagefind.close();
    }
  }
  const indexed = toIndex.length;
  const first = shards[0];
  for (const name of UI_FILES) {
    const source = first ? path.join(searchDir, first.dir, name) : undefined;
    if (!source || !existsSync(source)) continue;
    const next = path.join(searchDir, `.${name}.next`);
    copyFileSync(source, next);
    renameSync(next, path.join(searchDir, name));
  }
  if (options.cacheDir) {
    // The cache holds this build's shards only: the next build starts from them.
    mkdirSync(options.cacheDir, { recursive: true });
    const current = new Set(shards.map((shard) => shard.dir));
    for (const name of readdirSync(options.cacheDir)) {
      if (!current.has(name)) rmSync(path.join(options.cacheDir, name), { recursive: true, force: true });
    }
    for (const shard of shards) {
      const cached = path.join(options.cacheDir, shard.dir);
      if (!existsSync(cached)) linkTreeWhole(path.join(searchDir, shard.dir), cached);
    }
  }
  return { shards, indexed };
};

const readManifest = (searchDir: string): ShardsManifest | null => {
  try {
    const value = JSON.parse(readFileSync(path.join(searchDir, SHARDS_FILE), 'utf8')) as ShardsManifest;
    return Array.isArray(value.bundles) ? value : null;
  } catch {
    return null;
  }
};

const writeManifest = (searchDir: string, shards: readonly Shard[], previous: readonly string[]): void => {
  const manifest: ShardsManifest = {
    bundles: shards.map((shard) => `/${SEARCH_DIR}/${shard.dir}/`),
    pages: shards.map((shard) => shard.pages.length),
    previous: [...previous],
  };
  const next = path.join(searchDir, `.${SHARDS_FILE}.next`);
  writeFileSync(next, JSON.stringify(manifest));
  renameSync(next, path.join(searchDir, SHARDS_FILE));
};

const folderOf = (bundle: string): string => bundle.split('/').filter(Boolean).at(-1) ?? '';

/** Indexes the pages under `siteDir` into `siteDir/pagefind/`. */
export const writeSearchIndex = async (
  siteDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexCounts> => {
  const searchDir = path.join(siteDir, SEARCH_DIR);
  const { shards, indexed } = await writeShards(siteDir, searchDir, options);
  writeManifest(searchDir, shards, []);
  const pages = shards.reduce((sum, shard) => sum + shard.pages.length, 0);
  return { pages, shards: shards.length, indexed };
};

/** Brings the index of a live release up to date (see the file comment). */
export const updateSearchIndex = async (
  siteDir: string,
  options: Pick<SearchIndexOptions, 'pagesPerShard'> = {},
): Promise<SearchIndexUpdate> => {
  const searchDir = path.join(siteDir, SEARCH_DIR);
  const before = readManifest(searchDir);
  const { shards, indexed } = await writeShards(siteDir, searchDir, options);
  const live = before?.bundles.map(folderOf) ?? [];
  writeManifest(
    searchDir,
    shards,
    live.filter((dir) => !shards.some((shard) => shard.dir === dir)),
  );
  // Kept: this index, the one before it, and the root files. Everything else goes.
  const keep = new Set<string>([...shards.map((shard) => shard.dir), ...live, SHARDS_FILE, ...UI_FILES]);
  let removed = 0;
  for (const name of readdirSync(searchDir)) {
    if (keep.has(name)) continue;
    rmSync(path.join(searchDir, name), { recursive: true, force: true });
    removed += 1;
  }
  const pages = shards.reduce((sum, shard) => sum + shard.pages.length, 0);
  return { pages, shards: shards.length, indexed, removed };
};
