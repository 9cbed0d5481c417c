/** Creates the CMS's PostgreSQL database when it does not exist yet (Strapi creates the tables). */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PgModule from 'pg';
import { type Database } from './env.ts';

/** Returns true when it created the database. */
export const ensureDatabase = async (repoRoot: string, db: Database): Promise<boolean> => {
  // pg is the CMS's dependency: load the CMS's copy rather than declare a second one.
  const { Client } = createRequire(path.join(repoRoot, 'cms', 'package.json'))('pg') as typeof PgModule;
  const client = new Client({
    host: db.host,
    port: db.port,
    user: db.user,
    password: db.password,
    database: 'postgres',
    connectionTimeoutMillis: 10_000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${db.host}:${db.port} refused user ${db.user}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
    if (found.rowCount !== 0) return false;
    // The name is a validated plain identifier (env.ts): CREATE DATABASE takes no parameters.
    await client.query(`CREATE DATABASE ${db.name}`);
    return true;
  } finally {
    await client.end();
  }
};
