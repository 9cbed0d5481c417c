/**
 * What the site build does after Astro has written dist/: a sitemap.xml of every indexable page,
 * and the Pagefind search index (search-index.ts), unless the rebuild service's build asked to
 * leave it out (`searchIndex: 'after-swap'`, build-options.ts). Wired into astro.config.mjs as an
 * integration so `astro build` does it all.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteEnv } from '../../env';
import { markBuildStart } from './build-memo';
import { currentBuildOptions } from './build-options';
import { writeSearchIndex } from './search-index';
import { sitemapPaths, sitemapXml } from './sitemap';

export const siteBuildExtras = (): AstroIntegration => {
  let site: URL | undefined;
  let cacheDir: URL | undefined;
  return {
    name: 'site-build-extras',
    hooks: {
      // Before any page module runs: reads memoised by an earlier build in this process are dropped.
      'astro:build:start': () => markBuildStart(),
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        // Beside Astro's own caches: the search index's shards of the last build, to take again.
        cacheDir = new URL('search-index/', config.cacheDir);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const paths = sitemapPaths(pages.map((page) => page.pathname));
        if (site) {
          await writeFile(new URL('sitemap.xml', dir), sitemapXml(paths, site));
          logger.info(`sitemap.xml: ${paths.length} pages`);
        } else {
          logger.warn('No `site` in astro.config: sitemap.xml not written.');
        }

        if (currentBuildOptions()?.searchIndex === 'after-swap') {
          logger.info('search index: updated by the rebuild service once these pages are live');
          return;
        }
        const { SEARCH_PAGES_PER_SHARD } = siteEnv();
        const index = await writeSearchIndex(fileURLToPath(dir), {
          ...(cacheDir ? { cacheDir: fileURLToPath(cacheDir) } : {}),
          ...(SEARCH_PAGES_PER_SHARD ? { pagesPerShard: SEARCH_PAGES_PER_SHARD } : {}),
        });
        logger.info(
          `search index: ${index.pages} pages in ${index.shards} shard(s), ${index.indexed} indexed again, the rest unchanged`,
        );
      },
    },
  };
};
