/**
 * Serves a built site through the production site handler (scripts/rebuild/site-handler.ts), so
 * the browser sees the real security headers, 404 page and redirects.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../scripts/rebuild/logger.ts';
import { currentLink } from '../../scripts/rebuild/releases.ts';
import { createReleaseUsage } from '../../scripts/rebuild/release-usage.ts';
import { createSiteHandler } from '../../scripts/rebuild/site-handler.ts';

/**
 * The header's script-src for these tests. The site handler's policy and each page's <meta>
 * policy are both enforced; this lets the page's own policy (its inline-script hashes) be the
 * one that restricts scripts, and allows Pagefind's WebAssembly.
 */
export const E2E_SCRIPT_SRC = "'self' 'unsafe-inline' 'wasm-unsafe-eval'";

export type SiteServer = {
  url: string;
  /** Points the server at a built site (until then it answers 503, like an unpublished site). */
  publish: (siteDir: string) => void;
  close: () => Promise<void>;
};

export const startSiteServer = async (port = 0): Promise<SiteServer> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'e2e-site-data-'));
  const handler = createSiteHandler({
    dataDir,
    scriptSrc: E2E_SCRIPT_SRC,
    usage: createReleaseUsage(),
    logger: createLogger('warn', (line) => process.stderr.write(line)),
  });
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish: (siteDir) => symlinkSync(path.resolve(siteDir), currentLink(dataDir)),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
