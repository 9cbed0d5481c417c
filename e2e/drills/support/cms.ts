/**
 * The CMS as a child process for the drills: compiled once per drill into cms/.tmp (never
 * cms/dist, which holds the built admin panel other tests use), with throw-away secrets, on a
 * fixed port and the database the drill chooses. Restartable on the same database.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startChild, type Child } from '../../support/processes';
import { waitForHttp } from '../../support/wait';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
const CMS_MAIN = path.join(__dirname, 'cms-main.ts');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared plain-JS build helper
const { compileCmsInto } = require('../../../cms/scripts/compile-into.js') as {
  compileCmsInto: (outDir: string) => boolean;
};

export const secret = (): string => randomBytes(24).toString('hex');

/** Compiles the CMS into cms/.tmp/<prefix>-<random> (inside cms/ so it resolves cms's modules). */
export const compileCms = (prefix: string): string => {
  const outDir = path.join(CMS_DIR, '.tmp', `${prefix}-${process.pid}-${randomBytes(3).toString('hex')}`);
  compileCmsInto(outDir);
  return outDir;
};

export type CmsSettings = {
  port: number;
  /** DATABASE_* variables (SQLite file or PostgreSQL target). */
  database: Record<string, string>;
  /** Where uploads go; the drill removes it. */
  publicDir: string;
  extra?: Record<string, string>;
};

export type CmsEnvironment = { env: NodeJS.ProcessEnv; url: string; buildToken: string };

export const cmsEnvironment = (settings: CmsSettings): CmsEnvironment => {
  mkdirSync(path.join(settings.publicDir, 'uploads'), { recursive: true });
  // An empty env file, so Strapi never reads a developer's .env into the child.
  const envFile = path.join(settings.publicDir, 'empty.env');
  writeFileSync(envFile, '');
  const buildToken = secret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENV_PATH: envFile,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    PORT: String(settings.port),
    PUBLIC_DIR: settings.publicDir,
    CMS_LOG_LEVEL: 'info',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    BUILD_API_TOKEN: buildToken,
    // No webhook: the drills trigger their builds by hand, so no stray build races them.
    WEBHOOK_URL: '',
    WEBHOOK_SECRET: '',
    ...settings.database,
    ...settings.extra,
  };
  return { env, url: `http://127.0.0.1:${settings.port}`, buildToken };
};

export type CmsProcess = Child & { url: string };

/** Starts the CMS and resolves once /_health answers (seeding first when asked). */
export const startCms = async (
  distDir: string,
  cms: CmsEnvironment,
  { seed = false, timeoutMs = 120_000 }: { seed?: boolean; timeoutMs?: number } = {},
): Promise<CmsProcess> => {
  const child = startChild('cms', process.execPath, [CMS_MAIN, distDir, ...(seed ? ['--seed'] : [])], {
    cwd: CMS_DIR,
    env: cms.env,
  });
  try {
    await waitForHttp(`${cms.url}/_health`, timeoutMs, child);
  } catch (error) {
    await child.kill();
    throw error;
  }
  return { ...child, url: cms.url };
};
