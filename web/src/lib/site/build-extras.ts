/**
 * What the site build does after Astro has written dist/: a sitemap.xml of every indexable page,
 * and the Pagefind search index (dist/pagefind/, served from the site itself: no search server,
 * no third party). Wired into astro.config.mjs as an integration so `astro build` does it all.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { sitemapPaths, sitemapXml } from './sitemap';

export const siteBuildExtras = (): AstroIntegration => {
  let site: URL | undefined;
  return {
    name: 'site-build-extras',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const paths = sitemapPaths(pages.map((page) => page.pathname));
        if (site) {
          await writeFile(new URL('sitemap.xml', dir), sitemapXml(paths, site));
          logger.info(`sitemap.xml: ${paths.length} pages`);
        } else {
          logger.warn('No `site` in astro.config: sitemap.xml not written.');
        }

        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
};
