/** The environment of each start:prod process: production everywhere, and each secret only where it is used. */
import path from 'node:path';
import { type ProdSettings } from './env.ts';

type Env = Record<string, string>;

/** The CMS's own secrets: the rebuild worker and the site build it runs never need them. */
const CMS_ONLY = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'ADMIN_PASSWORD',
  'DATABASE_PASSWORD',
  'DATABASE_URL',
];

/** The draft preview's secrets: only the CMS (which signs and makes the token) and the preview server. */
const PREVIEW_ONLY = ['PREVIEW_SECRET', 'PREVIEW_API_TOKEN'];

export type ChildEnvs = { cms: Env; rebuild: Env; web: Env; preview: Env };

export const childEnvs = (merged: Readonly<Env>, s: ProdSettings): ChildEnvs => {
  const common: Env = {
    ...merged,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const cms: Env = {
    ...common,
    // Strapi reads this file with dotenv (never overriding): point it at ours, not a stray cms/.env.
    ENV_PATH: s.envFile,
    HOST: s.cms.host,
    PORT: String(s.cms.port),
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: s.database.host,
    DATABASE_PORT: String(s.database.port),
    DATABASE_NAME: s.database.name,
    DATABASE_USERNAME: s.database.user,
    DATABASE_PASSWORD: s.database.password,
    WEBHOOK_URL: `${s.rebuild.url}/webhook`,
    REBUILD_STATUS_URL: `${s.rebuild.url}/status`,
    SITE_URL: s.siteUrl,
    PREVIEW_URL: merged.PREVIEW_URL ?? s.preview.url,
  };
  const rebuild: Env = { ...common };
  for (const name of [...CMS_ONLY, ...PREVIEW_ONLY]) delete rebuild[name];
  Object.assign(rebuild, {
    REBUILD_HOST: s.rebuild.host,
    REBUILD_PORT: String(s.rebuild.port),
    // nginx serves the releases; the worker only builds and swaps them.
    REBUILD_SERVE_SITE: 'false',
    REBUILD_DATA_DIR: s.dataDir,
    CMS_URL: s.cmsUrl,
    SITE_URL: s.siteUrl,
  });
  const web: Env = { PATH: merged.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' };
  // Only what it uses: never the build token, the webhook secret or the CMS's secrets.
  const preview: Env = {
    PATH: web.PATH as string,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    PREVIEW_HOST: s.preview.host,
    PREVIEW_PORT: String(s.preview.port),
    PREVIEW_SECRET: merged.PREVIEW_SECRET ?? '',
    PREVIEW_API_TOKEN: merged.PREVIEW_API_TOKEN ?? '',
    PREVIEW_DATA_DIR: path.join(s.dataDir, '..', 'prod-preview'),
    CMS_URL: s.cmsUrl,
    SITE_URL: s.siteUrl,
    // The admin's address, the one origin allowed to frame previews.
    PUBLIC_URL: merged.PUBLIC_URL ?? s.cms.url,
  };
  return { cms, rebuild, web, preview };
};
