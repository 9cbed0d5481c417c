import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cmsEnv, type CmsEnv } from '../src/env';

// Compiled config lives in dist/config, so the CMS folder is two levels up.
const cmsDir = path.join(__dirname, '..', '..');

/** DATABASE_URL, when given, wins over the separate host/port/name variables. */
const postgresTarget = (env: CmsEnv) => {
  if (!env.DATABASE_URL) {
    return {
      host: env.DATABASE_HOST,
      port: env.DATABASE_PORT,
      database: env.DATABASE_NAME,
      user: env.DATABASE_USERNAME,
      password: env.DATABASE_PASSWORD,
    };
  }
  const url = new URL(env.DATABASE_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
};

const config = (): Core.Config.Database => {
  const env = cmsEnv();
  if (env.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          ...postgresTarget(env),
          schema: env.DATABASE_SCHEMA,
          ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
        },
        pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: 60000,
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(cmsDir, env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};

export default config;
