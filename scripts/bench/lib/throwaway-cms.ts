/**
 * A throw-away CMS for one benchmark run: the real CMS code compiled with tsc into a folder of
 * this run's own (never `compileStrapi()`, which wipes cms/dist and its built admin panel),
 * booted in this process on a temporary SQLite file and a free port, with throw-away secrets.
 * Booting in-process lets the benchmark write content through the document service directly.
 * Everything it makes is registered for clean-up (lib/cleanup.ts) as soon as it exists.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { onCleanup, ownSignals } from './cleanup.ts';
import { freePort } from './ports.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const CMS_DIR = path.join(REPO_ROOT, 'cms');
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));

/** The environment as it was before the CMS's settings were put into it: child processes get this. */
export const ORIGINAL_ENV: Readonly<Record<string, string | undefined>> = { ...process.env };

export type ThrowawayCms = {
  strapi: Core.Strapi;
  url: string;
  port: number;
  /** The read-only build token (BUILD_API_TOKEN) the site build reads with. */
  buildToken: string;
  /** Where the compiled CMS lives (its seed module, for one). */
  distDir: string;
  /** Stops and boots again on the same database (e.g. with the webhook set, as a deploy would). */
  restart: (webhook: Pick<CmsOptions, 'webhookUrl' | 'webhookSecret'>) => Promise<void>;
  stop: () => Promise<void>;
};

export type CmsOptions = {
  /** The rebuild service's webhook; the CMS registers it at start-up (bootstrap/rebuild-webhook.ts). */
  webhookUrl?: string;
  webhookSecret?: string;
  logLevel?: 'error' | 'warn' | 'info';
};

const secret = (): string => randomBytes(24).toString('hex');

const { compileCmsInto } = requireFromCms('./scripts/compile-into.js') as {
  compileCmsInto: (outDir: string) => boolean;
};

/** Inside cms/ so the compiled code resolves cms/node_modules. */
const COMPILED_DIR = path.join(CMS_DIR, '.tmp', `bench-dist-${process.pid}`);

/** Forgets the CMS's validated environment (its compiled env module caches it) before a reboot. */
const resetCompiledEnv = async (distDir: string): Promise<void> => {
  const envModule = path.join(distDir, 'src', 'env.js');
  if (existsSync(envModule)) ((await import(envModule)) as { resetCmsEnv: () => void }).resetCmsEnv();
};

const boot = async (distDir: string): Promise<Core.Strapi> => {
  const { createStrapi } = requireFromCms('@strapi/strapi') as {
    createStrapi: (options: Record<string, unknown>) => Core.Strapi;
  };
  await resetCompiledEnv(distDir);
  const strapi = createStrapi({ appDir: CMS_DIR, distDir, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await strapi.listen();
  // Strapi's and Apollo's own handlers (shut down, then exit or signal the process again) would
  // end the process in the middle of the benchmark's clean-up.
  ownSignals();
  return strapi;
};

/**
 * Strapi's destroy() ends with `process.removeAllListeners()`, which also removes Node's own
 * listeners that start and stop watching signals: after it, no SIGINT or SIGTERM handler is ever
 * called again and the benchmark would die without cleaning up. That one call is skipped.
 */
const shutDown = async (strapi: Core.Strapi | null): Promise<void> => {
  const removeAllListeners = process.removeAllListeners;
  process.removeAllListeners = () => process;
  try {
    await strapi?.destroy();
  } finally {
    process.removeAllListeners = removeAllListeners;
  }
  ownSignals();
};

export const startThrowawayCms = async (options: CmsOptions = {}): Promise<ThrowawayCms> => {
  const compileStarted = performance.now();
  const distDir = COMPILED_DIR;
  let dataDir: string | null = null;
  let strapi: Core.Strapi | null = null;
  const stop = onCleanup('the throw-away CMS', async () => {
    const running = strapi;
    strapi = null;
    await shutDown(running);
    for (const dir of [dataDir, distDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  compileCmsInto(distDir);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-cms-'));
  mkdirSync(path.join(dataDir, 'public', 'uploads'), { recursive: true });
  const port = await freePort();
  const buildToken = secret();
  Object.assign(process.env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dataDir, 'data.db'),
    PUBLIC_DIR: path.join(dataDir, 'public'),
    SEED_DEMO_CONTENT: 'false',
    CMS_LOG_LEVEL: options.logLevel ?? 'warn',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    BUILD_API_TOKEN: buildToken,
    STRAPI_TELEMETRY_DISABLED: 'true',
    // Strapi would otherwise read a developer's .env into this process.
    ENV_PATH: path.join(dataDir, 'no.env'),
  });
  const setWebhook = (webhook: Pick<CmsOptions, 'webhookUrl' | 'webhookSecret'>): void => {
    if (webhook.webhookUrl) process.env.WEBHOOK_URL = webhook.webhookUrl;
    else delete process.env.WEBHOOK_URL;
    if (webhook.webhookSecret) process.env.WEBHOOK_SECRET = webhook.webhookSecret;
    else delete process.env.WEBHOOK_SECRET;
  };
  setWebhook(options);

  const bootStarted = performance.now();
  const url = `http://127.0.0.1:${port}`;
  strapi = await boot(distDir);
  const cms: ThrowawayCms = {
    strapi,
    url,
    port,
    buildToken,
    distDir,
    restart: async (webhook) => {
      const running = strapi;
      strapi = null;
      await shutDown(running);
      setWebhook(webhook);
      const started = performance.now();
      strapi = await boot(distDir);
      cms.strapi = strapi;
      console.log(`CMS: restarted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
    stop,
  };
  console.log(
    `CMS: compiled in ${((bootStarted - compileStarted) / 1000).toFixed(1)} s, ` +
      `booted in ${((performance.now() - bootStarted) / 1000).toFixed(1)} s on ${url} (SQLite in ${dataDir})`,
  );
  return cms;
};
