/**
 * Serves a built site directory exactly as production does: through the rebuild service's site
 * handler (same CSP and other headers, compression, caching, 404 page), via a throw-away data
 * dir whose `current` link points at the directory.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../rebuild/logger.ts';
import { currentLink } from '../../rebuild/releases.ts';
import { createReleaseUsage } from '../../rebuild/release-usage.ts';
import { DEFAULT_SCRIPT_SRC } from '../../rebuild/security-headers.ts';
import { createSiteHandler } from '../../rebuild/site-handler.ts';
import { onCleanup } from './cleanup.ts';

export type ServedSite = { url: string; close: () => Promise<void> };

export const serveSite = async (siteDir: string, port: number): Promise<ServedSite> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-serve-'));
  const removeDataDir = onCleanup('the served site link', () =>
    rmSync(dataDir, { recursive: true, force: true }),
  );
  symlinkSync(path.resolve(siteDir), currentLink(dataDir));
  const handler = createSiteHandler({
    dataDir,
    scriptSrc: DEFAULT_SCRIPT_SRC,
    usage: createReleaseUsage(),
    logger: createLogger('error'),
  });
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const closeServer = onCleanup('the site server', async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await closeServer();
      await removeDataDir();
    },
  };
};
