/**
 * The whole system as `npm start` runs it, but throw-away: a seeded temporary SQLite CMS serving
 * the built admin panel, the rebuild service that builds and serves the site from it, and the
 * draft preview server. Ports are fixed (1610-1613) so the site can be built for its own address.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createIsolatedWebRoot } from '../../web/tests/support/isolated-web-root';
import {
  buildPreviewBundle,
  previewBundleDir,
  startPreviewServer,
} from '../../web/tests/support/preview-server';
import { startChild, type Child } from '../support/processes';
import { waitForHttp } from '../support/wait';

const ROOT = path.resolve(__dirname, '../..');
const CMS_DIR = path.join(ROOT, 'cms');
const STRAPI_BIN = path.join(ROOT, 'node_modules/.bin/strapi');

export type Stack = {
  cmsUrl: string;
  siteUrl: string;
  previewUrl: string;
  /** The read-only token the site build reads the CMS with. */
  buildToken: string;
  adminEmail: string;
  adminPassword: string;
  /** The last lines the CMS and the rebuild service printed, for a failure message. */
  recentOutput: () => string;
  /** The rebuild service's status with the log tails of failed builds, for a failure message. */
  buildReport: () => Promise<string>;
  /** GET /status with the secret (history with every build's events and log tail). */
  status: () => Promise<RebuildStatus>;
  /** The CMS's SQLite file: a test may change content behind the CMS's back, as a restore would. */
  databaseFile: string;
  /** Builds the site now, through the rebuild service, and waits for the build. */
  rebuild: (note: string) => void;
  stop: () => Promise<void>;
};

export type RebuildStatus = {
  lastEventId: number;
  history: Array<{
    kind: string;
    number?: number;
    result?: string;
    live?: boolean;
    events?: Array<{ id: number; event: string; source: string }>;
  }>;
};

/** How often the rebuild service reconciles with the CMS here (60 s by default): a lost webhook is caught this fast. */
export const RECONCILE_INTERVAL_MS = 3000;

const secret = () => randomBytes(24).toString('hex');
const log = (message: string) => process.stderr.write(`[e2e-publishing] ${message}\n`);

export const startStack = async (
  ports = { cms: 1610, rebuild: 1611, site: 1612, preview: 1613 },
): Promise<Stack> => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'e2e-publishing-'));
  // The worker builds a copy of web/, with caches of its own: never the running system's.
  const webRoot = createIsolatedWebRoot('e2e-publishing-');
  // An empty env file, so neither Strapi nor the seed reads the developer's .env.
  const envFile = path.join(tmp, 'empty.env');
  writeFileSync(envFile, '');
  mkdirSync(path.join(tmp, 'public/uploads'), { recursive: true });
  const cmsUrl = `http://127.0.0.1:${ports.cms}`;
  const siteUrl = `http://127.0.0.1:${ports.site}`;
  const rebuildUrl = `http://127.0.0.1:${ports.rebuild}`;
  const previewUrl = `http://127.0.0.1:${ports.preview}`;
  const previewSecret = secret();
  const previewToken = secret();
  const bundleDir = previewBundleDir();
  const adminEmail = 'admin@e2e-publishing.test';
  const adminPassword = `Adm1n-${secret()}`;
  const buildToken = secret();
  const webhookSecret = secret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENV_PATH: envFile,
    NODE_ENV: 'development',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
    HOST: '127.0.0.1',
    PORT: String(ports.cms),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(tmp, 'cms.db'),
    PUBLIC_DIR: path.join(tmp, 'public'),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    BUILD_API_TOKEN: buildToken,
    PREVIEW_URL: previewUrl,
    PREVIEW_SECRET: previewSecret,
    PREVIEW_API_TOKEN: previewToken,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    WEBHOOK_URL: `${rebuildUrl}/webhook`,
    WEBHOOK_SECRET: webhookSecret,
    REBUILD_STATUS_URL: `${rebuildUrl}/status`,
    // Lets a test move the scheduler's clock (scheduled publishing); refused in production.
    SCHEDULER_TEST_HOOK: 'true',
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl,
    REBUILD_HOST: '127.0.0.1',
    REBUILD_PORT: String(ports.rebuild),
    SITE_HOST: '127.0.0.1',
    SITE_PORT: String(ports.site),
    REBUILD_DATA_DIR: path.join(tmp, 'site'),
    REBUILD_WEB_ROOT: webRoot.dir,
    REBUILD_QUIET_MS: '300',
    REBUILD_MAX_WAIT_MS: '2000',
    REBUILD_RECONCILE_INTERVAL_MS: String(RECONCILE_INTERVAL_MS),
    // Small search shards: the demo site's index is split, so an update re-indexes one of several.
    SEARCH_PAGES_PER_SHARD: '100',
  };
  const triggerBuild = (note: string) =>
    execFileSync(process.execPath, ['scripts/rebuild/cli.ts', 'trigger', '--note', note], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
    });
  const children: Child[] = [];
  const recentOutput = (lines: number) => children.map((child) => child.recentOutput(lines)).join('\n');
  const stop = async () => {
    for (const child of children.reverse()) await child.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
    webRoot.remove();
  };
  try {
    // The same step as npm start: compile, and build the admin panel if its sources changed
    // (about a minute), recording its hash so later runs (and start:prod) reuse it.
    let started = performance.now();
    execFileSync('bash', ['scripts/cms-prepare.sh'], { cwd: ROOT, env, stdio: 'pipe' });
    log(`CMS prepared in ${Math.round(performance.now() - started)} ms`);
    started = performance.now();
    execFileSync(process.execPath, ['scripts/run-seed.js'], { cwd: CMS_DIR, env, stdio: 'pipe' });
    log(`seeded in ${Math.round(performance.now() - started)} ms`);

    started = performance.now();
    // Strapi's request log would push everything else out of the kept lines.
    const cms = startChild('cms', STRAPI_BIN, ['start'], {
      cwd: CMS_DIR,
      env,
      ignore: /\bhttp\b.*: (GET|POST) \//,
    });
    children.push(cms);
    await waitForHttp(`${cmsUrl}/_health`, 120_000, cms);
    log(`CMS up in ${Math.round(performance.now() - started)} ms`);

    // As npm start runs it: without the preview's credentials.
    const { PREVIEW_API_TOKEN: _token, PREVIEW_SECRET: _secret, ...rebuildEnv } = env;
    const rebuild = startChild('rebuild', process.execPath, ['scripts/rebuild/main.ts'], {
      cwd: ROOT,
      env: rebuildEnv,
    });
    children.push(rebuild);
    await waitForHttp(`${rebuildUrl}/health`, 60_000, rebuild);

    started = performance.now();
    await buildPreviewBundle({ cmsUrl, siteUrl, outDir: bundleDir });
    const preview = await startPreviewServer({
      bundleDir,
      dataDir: path.join(tmp, 'preview'),
      cmsUrl,
      adminUrl: cmsUrl,
      secret: previewSecret,
      token: previewToken,
      port: ports.preview,
    });
    children.push(preview.child);
    log(`preview server up in ${Math.round(performance.now() - started)} ms`);

    started = performance.now();
    triggerBuild('e2e publishing');
    log(`first site build in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    log(recentOutput(40));
    await stop();
    throw error;
  }
  const status = async (): Promise<RebuildStatus> => {
    const response = await fetch(`${rebuildUrl}/status`, {
      headers: { Authorization: `Bearer ${webhookSecret}` },
    });
    if (!response.ok) throw new Error(`GET /status: HTTP ${response.status}`);
    return (await response.json()) as RebuildStatus;
  };
  return {
    cmsUrl,
    siteUrl,
    previewUrl,
    buildToken,
    adminEmail,
    adminPassword,
    recentOutput: () => recentOutput(60),
    databaseFile: String(env.DATABASE_FILENAME),
    rebuild: (note) => void triggerBuild(note),
    buildReport: async () => {
      try {
        return JSON.stringify(await status(), null, 1);
      } catch (error) {
        return `no status from the rebuild service: ${String(error)}`;
      }
    },
    status,
    stop,
  };
};
