/**
 * Loads the CMS in this process without its HTTP server, as `strapi export` / `strapi import`
 * do: configuration, database (creating the tables on an empty one) and the CMS's own start-up
 * steps (locales, roles, first administrator, build token), all from the current environment.
 */
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { CMS_DIR, requireFromCms } from './paths.ts';

type DatabaseConnection = {
  client?: string;
  connection?: { filename?: string; database?: string; host?: string; port?: number };
};

export const loadCms = async (distDir: string): Promise<Core.Strapi> => {
  const { createStrapi } = requireFromCms('@strapi/strapi') as typeof StrapiModule;
  const app = createStrapi({ appDir: CMS_DIR, distDir, autoReload: false, serveAdminPanel: false });
  // The tools print their own summary; the CMS's start-up chatter would bury it.
  app.log.level = 'error';
  return app.load();
};

/** Which database a loaded CMS uses, in words for messages. */
export const describeDatabase = (strapi: Core.Strapi): string => {
  const { client, connection } = strapi.config.get<DatabaseConnection>('database.connection');
  if (client === 'sqlite') return `SQLite database ${connection?.filename ?? '(unknown file)'}`;
  return `PostgreSQL database ${connection?.database ?? '?'} on ${connection?.host ?? '?'}:${connection?.port ?? '?'}`;
};

/** Where a loaded CMS keeps its uploaded files (PUBLIC_DIR/uploads, by default cms/public/uploads). */
export const uploadsDirOf = (strapi: Core.Strapi): string => path.join(strapi.dirs.static.public, 'uploads');
