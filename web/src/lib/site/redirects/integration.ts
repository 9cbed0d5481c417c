/**
 * Keeps old links working (redirect-map.ts, write-redirects.ts): after Astro has written dist/,
 * reads the CMS's record of old addresses and the editors' redirects with the build token, and
 * writes the redirect map and the static fallback pages. Redirects an editor got wrong are left
 * out and named in the build's left-out list, like bad entries: they never stop the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SiteRedirectsDocument } from '@platform/shared-types';
import { buildEnv } from '../../../env';
import { createCmsClient } from '../../../loaders/strapi/client';
import { writeLeftOutReport, type LeftOutEntry } from '../../../loaders/strapi/left-out';
import { currentBuildOptions } from '../build-options';
import { buildRedirectMap } from './redirect-map';
import { parseAllowedHosts } from './redirect-rules';
import { builtPathExists, writeRedirects } from './write-redirects';

const CMS_TIMEOUT_MS = 30_000;

/** Adds to the list the loader wrote (it may have written none). */
const appendLeftOut = (file: string, entries: readonly LeftOutEntry[]): void => {
  let existing: LeftOutEntry[] = [];
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(parsed)) existing = parsed as LeftOutEntry[];
    } catch {
      existing = [];
    }
  }
  writeLeftOutReport(file, [...existing, ...entries]);
};

export const siteRedirects = (): AstroIntegration => {
  let site: URL | undefined;
  return {
    name: 'site-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const env = buildEnv();
        const outDir = fileURLToPath(dir);
        const client = createCmsClient({
          url: env.CMS_URL,
          token: env.BUILD_API_TOKEN,
          timeoutMs: CMS_TIMEOUT_MS,
        });
        const data = await client.request(SiteRedirectsDocument, {});
        const { rules, leftOut } = buildRedirectMap(data.siteRedirects, {
          isLive: (key) => builtPathExists(outDir, key),
          allowedHosts: parseAllowedHosts(env.REDIRECT_ALLOWED_HOSTS),
        });
        writeRedirects(outDir, rules, site);
        const counts = Object.values(rules).reduce(
          (sum, rule) => ({ ...sum, [rule.status]: (sum[rule.status] ?? 0) + 1 }),
          {} as Record<number, number>,
        );
        logger.info(`redirects: ${counts[301] ?? 0} moved (301), ${counts[410] ?? 0} removed (410)`);
        for (const entry of leftOut)
          logger.warn(`redirect from ${entry.title ?? '?'} left out: ${entry.problem}`);
        // The same list the loader wrote: the warm worker's build names it, a build command's env.
        const leftOutFile = currentBuildOptions()?.leftOutFile ?? env.SITE_LEFT_OUT_FILE;
        if (leftOut.length > 0 && leftOutFile !== undefined) appendLeftOut(leftOutFile, leftOut);
      },
    },
  };
};
