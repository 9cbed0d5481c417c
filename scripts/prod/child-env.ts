/** The environment of each start:prod process: production everywhere, and each secret only where it is used. */
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

export type ChildEnvs = { cms: Env; rebuild: Env; web: Env };

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
  };
  const rebuild: Env = { ...common };
  for (const name of CMS_ONLY) delete rebuild[name];
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
  return { cms, rebuild, web };
};
