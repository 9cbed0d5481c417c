/**
 * The build command's last step (cli.mjs), once Astro's process has exited: the search index of
 * the pages `astro build` wrote, found from the same arguments Astro was given.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { siteEnv } from '../env.ts';
import { astroCacheDir } from '../lib/site/astro-internals.ts';
import { searchIndexLine, writeSiteSearchIndex } from '../lib/site/site-search-index.ts';
import { flagValue } from './astro-args.ts';

export const indexBuiltSite = async (astroArgs: readonly string[]): Promise<void> => {
  // As Astro resolves them: the root from the working folder, the output folder from the root.
  const root = path.resolve(flagValue(astroArgs, 'root') ?? '.');
  const outDir = path.resolve(root, flagValue(astroArgs, 'outDir') ?? 'dist');
  // Astro's process is gone: its memory is free for one Pagefind service per core, up to two.
  const workers = siteEnv().SEARCH_INDEX_WORKERS ?? Math.min(2, availableParallelism());
  const index = await writeSiteSearchIndex(outDir, astroCacheDir(root), workers);
  const time = new Date().toTimeString().slice(0, 8);
  const atOnce =
    workers > 1 && index.indexed > 1 ? ` (${Math.min(workers, index.indexed)} shards at once)` : '';
  process.stdout.write(`${time} [search-index] ${searchIndexLine(index)}${atOnce}\n`);
};
