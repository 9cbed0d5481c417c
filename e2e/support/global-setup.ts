/**
 * Once for the whole browser test run: compile the CMS, boot it on a throw-away database, seed
 * the demo content and the hostile entries, build the site from it (the CMS is stopped again once
 * the build is done), and serve the built site through the production site handler on a free
 * local port.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import compileCms from '../../cms/tests/setup/global-setup';
import { addHostileContent } from '../../web/tests/support/hostile-content';
import { buildSeededSite, type SeededSite } from '../../web/tests/support/seeded-site';
import { publishSiteUrl, reuseDir } from './env';
import { startSiteServer, type SiteServer } from './site-server';
import { setRunState } from './run-state';

const log = (message: string) => process.stderr.write(`[e2e] ${message}\n`);

export default async function globalSetup(): Promise<void> {
  const started = performance.now();
  const keep = reuseDir();
  // The server first: the site is built for the address it is served from.
  const server: SiteServer = await startSiteServer();
  let built: SeededSite | undefined;
  try {
    if (keep && existsSync(path.join(keep, 'index.html'))) {
      log(`serving the site kept in ${keep}`);
      server.publish(keep);
    } else {
      if (keep) mkdirSync(keep, { recursive: true });
      await compileCms();
      // With hostile entries (hostile-text.test.ts): every page type is tested beside them.
      built = await buildSeededSite({
        siteUrl: server.url,
        addContent: addHostileContent,
        // Small shards: the demo site's search index is split, so every search merges them.
        buildEnv: { SEARCH_PAGES_PER_SHARD: '100' },
        ...(keep ? { outDir: keep } : {}),
      });
      server.publish(built.dir);
      log(`site built in ${JSON.stringify(built.timings)}`);
    }
  } catch (error) {
    await server.close();
    throw error;
  }
  publishSiteUrl(server.url);
  setRunState({ server, built });
  log(`serving ${server.url} (setup ${Math.round((performance.now() - started) / 1000)} s)`);
}
