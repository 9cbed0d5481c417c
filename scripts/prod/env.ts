/**
 * start:prod's one view of its settings, validated with zod: the process environment first,
 * then the production settings file (PROD_ENV_FILE, default .env.production.local, git-ignored).
 * The development .env is deliberately not read: it describes the `npm start` topology (SQLite,
 * its ports, .data/site, a site address on :4321) that production must not inherit.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_ENV_FILE = '.env.production.local';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
// Unquoted in CREATE DATABASE, so only a plain identifier is accepted.
const databaseName = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_NAME must be a plain lower-case identifier (a-z, 0-9, _)');

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(1337),
  REBUILD_HOST: z.string().min(1).default('127.0.0.1'),
  REBUILD_PORT: port(4322),
  WEB_HOST: z.string().min(1).default('127.0.0.1'),
  WEB_PORT: port(8080),
  /** The draft preview server (scripts/preview), which the admin frames. */
  PREVIEW_HOST: z.string().min(1).default('127.0.0.1'),
  PREVIEW_PORT: port(4323),
  /** The public address of the site (canonical links, sitemap); defaults to nginx's own address. */
  SITE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Where the site build reads the CMS; defaults to the CMS on this machine. */
  CMS_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  DATABASE_URL: optionalText,
  DATABASE_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PORT: port(5432),
  DATABASE_NAME: databaseName.default('charity_cms_prod'),
  DATABASE_USERNAME: z.string().min(1).default('postgres'),
  DATABASE_PASSWORD: z.string().default(''),
  /** Releases, build state and logs; the web server serves <this>/current. */
  REBUILD_DATA_DIR: z.string().min(1).default('.data/prod-site'),
  NGINX_BIN: z.string().min(1).default('/usr/sbin/nginx'),
  /** The CMS's public folder (uploads in it), relative to cms/; the CMS's default is cms/public. */
  PUBLIC_DIR: optionalText,
  ADMIN_EMAIL: optionalText,
});

export type Database = { host: string; port: number; user: string; password: string; name: string };

export type ProdSettings = {
  envFile: string;
  cms: { host: string; port: number; url: string };
  rebuild: { host: string; port: number; url: string };
  web: { host: string; port: number; url: string; listen: string };
  preview: { host: string; port: number; url: string };
  siteUrl: string;
  cmsUrl: string;
  dataDir: string;
  database: Database;
  nginxBin: string;
  /** Where the CMS writes uploads; it refuses to start if the folder is missing. */
  uploadsDir: string;
  adminEmail: string | undefined;
};

export class ProdEnvError extends Error {
  constructor(problems: string[]) {
    super(`start:prod cannot start: ${problems.join('; ')}.`);
    this.name = 'ProdEnvError';
  }
}

/** The settings file's path, from PROD_ENV_FILE (relative to the repository) or the default. */
export const envFilePath = (env: Env, repoRoot: string): string =>
  path.resolve(repoRoot, env.PROD_ENV_FILE?.trim() || DEFAULT_ENV_FILE);

export const readEnvFile = (file: string): Env =>
  existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};

/** The file's values under the environment's: what every child process starts from. */
export const mergedEnv = (env: Env, file: string): Record<string, string> => {
  const merged: Record<string, string> = {};
  for (const source of [readEnvFile(file), env]) {
    for (const [name, value] of Object.entries(source)) if (value !== undefined) merged[name] = value;
  }
  return merged;
};

/** A URL for talking to a listener from this machine (0.0.0.0 and :: are not addresses to call). */
export const localUrl = (host: string, port: number): string => {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
};

const fromDatabaseUrl = (raw: string): Database => {
  const url = new URL(raw);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    name: databaseName.parse(decodeURIComponent(url.pathname.replace(/^\//, ''))),
  };
};

export const parseProdSettings = (merged: Env, envFile: string, repoRoot: string): ProdSettings => {
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    throw new ProdEnvError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  const v = parsed.data;
  let database: Database;
  try {
    database = v.DATABASE_URL
      ? fromDatabaseUrl(v.DATABASE_URL)
      : {
          host: v.DATABASE_HOST,
          port: v.DATABASE_PORT,
          user: v.DATABASE_USERNAME,
          password: v.DATABASE_PASSWORD,
          name: v.DATABASE_NAME,
        };
  } catch {
    throw new ProdEnvError(['DATABASE_URL must be postgres://user:password@host:port/name']);
  }
  const webUrl = localUrl(v.WEB_HOST, v.WEB_PORT);
  const cmsLocal = localUrl(v.HOST, v.PORT);
  return {
    envFile,
    cms: { host: v.HOST, port: v.PORT, url: cmsLocal },
    rebuild: { host: v.REBUILD_HOST, port: v.REBUILD_PORT, url: localUrl(v.REBUILD_HOST, v.REBUILD_PORT) },
    web: {
      host: v.WEB_HOST,
      port: v.WEB_PORT,
      url: webUrl,
      listen: `${v.WEB_HOST.includes(':') ? `[${v.WEB_HOST}]` : v.WEB_HOST}:${v.WEB_PORT}`,
    },
    preview: { host: v.PREVIEW_HOST, port: v.PREVIEW_PORT, url: localUrl(v.PREVIEW_HOST, v.PREVIEW_PORT) },
    siteUrl: (v.SITE_URL ?? webUrl).replace(/\/+$/, ''),
    cmsUrl: (v.CMS_URL ?? cmsLocal).replace(/\/+$/, ''),
    dataDir: path.resolve(repoRoot, v.REBUILD_DATA_DIR),
    database,
    nginxBin: v.NGINX_BIN,
    uploadsDir: path.join(path.resolve(repoRoot, 'cms', v.PUBLIC_DIR ?? 'public'), 'uploads'),
    adminEmail: v.ADMIN_EMAIL,
  };
};
