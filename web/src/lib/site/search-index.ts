/**
 * The Pagefind search index (dist/pagefind/, served from the site itself: no search server, no
 * third party). Two ways to write it:
 * - `writeSearchIndex`: into a fresh build's output (the build does it: `astro build`).
 * - `updateSearchIndex`: in place, into a release that is already live. The rebuild service
 *   puts new pages live first and brings the search index up to date about two seconds later
 *   (indexing every page is the slowest step of a small rebuild). Every file is written beside
 *   the index and renamed into place, the entry file last, so a reader never sees half an index
 *   and files shared (hard-linked) with older releases are never changed. The files of the
 *   previous index are kept one more round, for pages that loaded it just before.
 * Only Node built-ins and pagefind here (imported statically: a dynamic import at the end of an
 * Astro build finds Vite's module runner closed). The rebuild service reaches this file through
 * the site's build API (src/build/index.ts), which loads it only to update an index.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export const SEARCH_DIR = 'pagefind';
/** Pagefind's entry point (names the current meta and index files); renamed into place last. */
const ENTRY_FILE = 'pagefind-entry.json';
/** The files of the index now live, so the next update knows which ones are a generation old. */
const GENERATION_FILE = '.generation.json';

/** Indexes every page under `siteDir` into `outputDir`; the number of pages indexed. */
const indexInto = async (siteDir: string, outputDir: string): Promise<number> => {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
};

export const writeSearchIndex = (siteDir: string): Promise<number> =>
  indexInto(siteDir, path.join(siteDir, SEARCH_DIR));

/** Relative paths of every file under `dir` (none if it does not exist). */
const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      statSync(path.join(dir, name)).isFile(),
    );
  } catch {
    return [];
  }
};

const readGeneration = (liveDir: string): string[] | null => {
  try {
    const value: unknown = JSON.parse(readFileSync(path.join(liveDir, GENERATION_FILE), 'utf8'));
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
};

export type SearchIndexUpdate = { pages: number; files: number; removed: number };

export const updateSearchIndex = async (siteDir: string): Promise<SearchIndexUpdate> => {
  const liveDir = path.join(siteDir, SEARCH_DIR);
  const nextDir = path.join(siteDir, `.${SEARCH_DIR}-next`);
  rmSync(nextDir, { recursive: true, force: true });
  const previous = readGeneration(liveDir) ?? filesUnder(liveDir);
  const pages = await indexInto(siteDir, nextDir);
  const fresh = filesUnder(nextDir);
  const moveIn = (name: string): void => {
    mkdirSync(path.dirname(path.join(liveDir, name)), { recursive: true });
    renameSync(path.join(nextDir, name), path.join(liveDir, name));
  };
  for (const name of fresh) if (name !== ENTRY_FILE) moveIn(name);
  if (fresh.includes(ENTRY_FILE)) moveIn(ENTRY_FILE);
  const generationTmp = path.join(liveDir, `${GENERATION_FILE}.tmp`);
  writeFileSync(generationTmp, JSON.stringify(fresh));
  renameSync(generationTmp, path.join(liveDir, GENERATION_FILE));
  const keep = new Set([...fresh, ...previous, GENERATION_FILE]);
  let removed = 0;
  for (const name of filesUnder(liveDir)) {
    if (keep.has(name)) continue;
    rmSync(path.join(liveDir, name), { force: true });
    removed += 1;
  }
  rmSync(nextDir, { recursive: true, force: true });
  return { pages, files: fresh.length, removed };
};
