/**
 * What Astro's build does after it has written dist/: a sitemap.xml of every indexable page.
 * The Pagefind search index is the build command's next step, once Astro's process has exited
 * (src/build/cli.mjs says why); only the rebuild service's warm worker, which keeps Astro loaded
 * anyway, has it written here (`searchIndex: 'in-build'`, build-options.ts).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markBuildStart } from './build-memo';
import { currentBuildOptions } from './build-options';
import { searchIndexLine, writeSiteSearchIndex } from './site-search-index';
import { sitemapPaths, sitemapXml } from './sitemap';

export const siteBuildExtras = (): AstroIntegration => {
  let site: URL | undefined;
  let cacheDir: string | undefined;
  return {
    name: 'site-build-extras',
    hooks: {
      // Before any page module runs: reads memoised by an earlier build in this process are dropped.
      'astro:build:start': () => markBuildStart(),
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const paths = sitemapPaths(pages.map((page) => page.pathname));
        if (site) {
          await writeFile(new URL('sitemap.xml', dir), sitemapXml(paths, site));
          logger.info(`sitemap.xml: ${paths.length} pages`);
        } else {
          logger.warn('No `site` in astro.config: sitemap.xml not written.');
        }

        const options = currentBuildOptions();
        if (options?.searchIndex !== 'in-build') {
          logger.info(
            options
              ? 'search index: updated by the rebuild service once these pages are live'
              : 'search index: written by the build command once Astro has exited (src/build/cli.mjs)',
          );
          return;
        }
        if (!cacheDir) throw new Error('site-build-extras: Astro gave no config before the build ended');
        logger.info(searchIndexLine(await writeSiteSearchIndex(fileURLToPath(dir), cacheDir)));
      },
    },
  };
};
