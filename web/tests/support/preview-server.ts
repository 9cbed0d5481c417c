/**
 * The draft preview server for tests: its bundle built (astro build with astro.preview.config.mjs,
 * into a folder of the test's) and the server started as `npm start` starts it, as a child
 * process with only the preview's settings, reading a given CMS.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { startChild, type Child } from '../../../e2e/support/processes';
import { waitForHttp } from '../../../e2e/support/wait';
import { astroBin } from './isolated-web-root';

const WEB_DIR = path.resolve(__dirname, '..', '..');
const REPO_DIR = path.resolve(WEB_DIR, '..');

/**
 * A folder for a test's bundle: inside web/, as the bundle imports the packages it did not bundle
 * from the node_modules above it.
 */
export const previewBundleDir = (): string => {
  mkdirSync(path.join(WEB_DIR, 'node_modules', '.astro-preview'), { recursive: true });
  return mkdtempSync(path.join(WEB_DIR, 'node_modules', '.astro-preview', 'test-bundle-'));
};

/** Builds the preview bundle into `outDir`; resolves with the end of its log. */
export const buildPreviewBundle = async (options: { cmsUrl: string; siteUrl: string; outDir: string }) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [astroBin(), 'build', '--config', 'astro.preview.config.mjs', '--outDir', options.outDir],
    {
      cwd: WEB_DIR,
      env: {
        PATH: process.env.PATH,
        ASTRO_TELEMETRY_DISABLED: '1',
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
      },
      maxBuffer: 10 * 1024 * 1024,
    },
  );
  return stdout.slice(-2000);
};

export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

export type PreviewServer = { url: string; child: Child; stop: () => Promise<void> };

export const startPreviewServer = async (options: {
  bundleDir: string;
  dataDir: string;
  cmsUrl: string;
  /** The admin's address, the one origin that may frame previews. */
  adminUrl: string;
  secret: string;
  token: string;
  port?: number;
  /** More environment (for tests that try a wrong one). */
  env?: Record<string, string>;
}): Promise<PreviewServer> => {
  const port = options.port ?? (await freePort());
  const child = startChild('preview', process.execPath, ['scripts/preview/main.ts'], {
    cwd: REPO_DIR,
    env: {
      PATH: process.env.PATH,
      PREVIEW_HOST: '127.0.0.1',
      PREVIEW_PORT: String(port),
      PREVIEW_SECRET: options.secret,
      PREVIEW_API_TOKEN: options.token,
      PREVIEW_BUNDLE_DIR: options.bundleDir,
      PREVIEW_DATA_DIR: options.dataDir,
      CMS_URL: options.cmsUrl,
      PUBLIC_URL: options.adminUrl,
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health`, 30_000, child);
  return { url, child, stop: () => child.stop() };
};
