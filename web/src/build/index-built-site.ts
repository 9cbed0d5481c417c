/**
 * The build command's last step (cli.mjs), once Astro's process has exited: the search index of
 * the pages `astro build` wrote, found from the same arguments Astro was given.
 */
import path from 'node:path';
import { astroCacheDir } from '../lib/site/astro-internals.ts';
import { searchIndexLine, writeSiteSearchIndex } from '../lib/site/site-search-index.ts';
import { flagValue } from './astro-args.ts';

export const indexBuiltSite = async (astroArgs: readonly string[]): Promise<void> => {
  // As Astro resolves them: the root from the working folder, the output folder from the root.
  const root = path.resolve(flagValue(astroArgs, 'root') ?? '.');
  const outDir = path.resolve(root, flagValue(astroArgs, 'outDir') ?? 'dist');
  const index = await writeSiteSearchIndex(outDir, astroCacheDir(root));
  const time = new Date().toTimeString().slice(0, 8);
  process.stdout.write(`${time} [search-index] ${searchIndexLine(index)}\n`);
};
