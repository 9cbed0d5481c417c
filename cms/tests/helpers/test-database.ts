/**
 * A throw-away database per test file: a temporary SQLite file, or a fresh PostgreSQL
 * database on 127.0.0.1:5432 (trust auth) when DATABASE_CLIENT=postgres.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type TestDatabase = {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop: () => Promise<void>;
};

const adminConnection = () =>
  new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: 'postgres',
  });

export const createTestDatabase = async (): Promise<TestDatabase> => {
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  if (client === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-'));
    return {
      client,
      env: {
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(dir, 'data.db'),
        PUBLIC_DIR: path.join(dir, 'public'),
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `cms_test_${randomBytes(6).toString('hex')}`;
  const admin = adminConnection();
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-test-'));
  return {
    client,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: process.env.PGHOST ?? '127.0.0.1',
      DATABASE_PORT: process.env.PGPORT ?? '5432',
      DATABASE_NAME: name,
      DATABASE_USERNAME: process.env.PGUSER ?? 'postgres',
      DATABASE_PASSWORD: '',
      PUBLIC_DIR: path.join(dir, 'public'),
    },
    drop: async () => {
      const cleanup = adminConnection();
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
