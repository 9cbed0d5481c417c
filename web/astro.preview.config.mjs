// @ts-check
/**
 * The draft preview server's bundle (scripts/preview runs it): the site's own pages, layouts and
 * components rendered on request by @astrojs/node, for one entry at a time, with the draft in
 * place of its published version. Nothing here is a copy of the site's markup: src/preview/pages
 * holds one route that renders the site's page components (src/pages) with the props their
 * getStaticPaths would give, and `astro:content` reads a store filled by the Strapi loader's own
 * sync code (src/preview/content). Built with `astro build --config astro.preview.config.mjs`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { siteEnv } from './src/env.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

const { SITE_URL, CMS_URL } = siteEnv();
const cms = new URL(CMS_URL);
const previewStore = fileURLToPath(new URL('./src/preview/content/astro-content.ts', import.meta.url));
// A root of its own: Astro keeps generated types in <root>/.astro, which the site's builds own.
const root = new URL('./node_modules/.astro-preview/', import.meta.url);
mkdirSync(root, { recursive: true });
const fromWeb = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  site: SITE_URL,
  // Its own pages (src/preview/pages) and no content config: no content is read at build time.
  root: fileURLToPath(root),
  srcDir: fromWeb('./src/preview'),
  publicDir: fromWeb('./public'),
  outDir: fromWeb('./dist-preview'),
  cacheDir: fileURLToPath(new URL('cache/', root)),
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Pages link with trailing slashes as on the site; files (/files/<hash>/<name>.pdf) have none.
  trailingSlash: 'ignore',
  integrations: [react()],
  security: { csp: true },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  image: {
    // The preview's /_image endpoint resizes the CMS's images as the build does; nothing else.
    remotePatterns: [
      {
        protocol: cms.protocol.replace(':', ''),
        hostname: cms.hostname,
        ...(cms.port ? { port: cms.port } : {}),
        pathname: '/uploads/**',
      },
    ],
  },
  devToolbar: { enabled: false },
  vite: {
    // The site's pages read `astro:content`; here it is the preview's store (see that file).
    resolve: { alias: [{ find: /^astro:content$/, replacement: previewStore }] },
  },
});
