// @ts-check
/**
 * The site: static HTML built from the CMS. Settings come from src/env.ts; content loading lives
 * in src/content.config.ts (the Strapi loader), not here.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { siteEnv } from './src/env.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { cmsFiles } from './src/lib/cms/files/integration.ts';
import { siteBuildExtras } from './src/lib/site/build-extras.ts';
import { astroCacheDir, incrementalSupport } from './src/lib/site/astro-internals.ts';
import { incrementalOutput } from './src/lib/site/incremental-output.ts';
import { siteRedirects } from './src/lib/site/redirects/integration.ts';

const { SITE_URL, CMS_URL } = siteEnv();
const cms = new URL(CMS_URL);
// Astro's incremental build only with the Astro and manifest versions astro-internals.ts knows;
// otherwise a plain full build.
const support = incrementalSupport(astroCacheDir(fileURLToPath(new URL('.', import.meta.url))));

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // incrementalOutput first: it empties dist/ before anything writes there, and prunes stale pages
  // before the search index and sitemap read dist/. siteRedirects last: a page the build made
  // always wins over a redirect.
  integrations: [incrementalOutput(support), react(), cmsFiles(), siteBuildExtras(), siteRedirects()],
  // incrementalOutput empties dist/ itself, then puts the cached pages back for Astro to keep.
  vite: { build: { emptyOutDir: false } },
  // Astro hashes its own inline scripts and styles into a <meta> CSP; the layout adds the rest.
  security: { csp: true },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  image: {
    // Astro downloads CMS images at build time and writes optimised copies into dist/_astro/:
    // the built site never links to the CMS.
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
  experimental: {
    // Entry pages carry a cache key (src/lib/site/cache-keys.ts): a page whose key and code are
    // unchanged is copied from the last build instead of rendered again.
    incrementalBuild: support.incremental,
  },
});
