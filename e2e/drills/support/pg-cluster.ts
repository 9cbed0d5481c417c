/**
 * A private PostgreSQL 15 cluster for one drill, so it can be stopped, crashed and restarted
 * without touching the machine's shared cluster on 5432 that other tests use. initdb refuses to
 * run as root, so every server command runs as the `postgres` OS user, in a folder it owns.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';

export type ShutdownMode = 'fast' | 'immediate';

export type PgCluster = {
  host: string;
  port: number;
  /** Stops the server: `fast` (clean, sessions cut) or `immediate` (a crash: recovery at next start). */
  stop: (mode: ShutdownMode) => void;
  /** Starts it again and waits until it accepts connections. */
  start: () => void;
  query: <T>(database: string, sql: string, params?: unknown[]) => Promise<T[]>;
  /** The server's log, for a failure message. */
  log: () => string;
  /** Stops it (if running) and deletes everything. Safe to call twice. */
  destroy: () => void;
};

const postgresUser = (): { uid: number; gid: number } => ({
  uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
  gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
});

const asPostgres = (command: string, args: string[]): string =>
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export const createPgCluster = (port: number): PgCluster => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drill_pg-'));
  const { uid, gid } = postgresUser();
  chownSync(dir, uid, gid);
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  const host = '127.0.0.1';
  // The socket goes in the cluster's own folder: nothing is shared with the system's cluster.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=${host}`;
  let running = false;

  const start = (): void => {
    asPostgres('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', logFile, '-w', '-t', '60', 'start']);
    running = true;
  };
  const stop = (mode: ShutdownMode): void => {
    asPostgres('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
    running = false;
  };
  let destroyed = false;
  const destroy = (): void => {
    if (destroyed) return;
    destroyed = true;
    try {
      if (running || existsSync(path.join(dataDir, 'postmaster.pid'))) stop('immediate');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  try {
    asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    start();
  } catch (error) {
    destroy();
    throw error;
  }

  return {
    host,
    port,
    stop,
    start,
    query: async <T>(database: string, sql: string, params: unknown[] = []): Promise<T[]> => {
      const client = new Client({ host, port, user: 'postgres', database });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : ''),
    destroy,
  };
};
