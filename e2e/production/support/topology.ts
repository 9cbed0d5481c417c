/**
 * `npm run start:prod` as a child process, the way an operator runs it, on throw-away settings:
 * its own PostgreSQL database (prodtest_<random>, dropped afterwards), data dir, settings file
 * and fixed ports (1700-1702, so the site is built for nginx's address; the preview on 1703).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { createIsolatedWebRoot } from '../../../web/tests/support/isolated-web-root';
import { descendants, type ProcessId } from './processes';

const ROOT = path.resolve(__dirname, '../../..');

export type Ports = { cms: number; rebuild: number; web: number; preview: number };

export type Topology = {
  cmsUrl: string;
  webUrl: string;
  previewUrl: string;
  dataDir: string;
  /** The settings file start:prod wrote its generated secrets and first administrator into. */
  envFile: string;
  database: string;
  /** Every process start:prod had started, captured just before it was asked to stop. */
  processes: () => ProcessId[];
  output: () => string;
  /** SIGTERM and wait; resolves with start:prod's exit code. */
  stop: () => Promise<number | null>;
  /** Removes the database and temp files (after stop, or on a failed start). */
  cleanUp: () => Promise<void>;
};

const READY = /^\s+Processes:\s+cms (\d+), rebuild (\d+), web (\d+)/;

const pgAdmin = () => new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });

export const dropDatabase = async (name: string): Promise<void> => {
  const client = pgAdmin();
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
};

export const databaseExists = async (name: string): Promise<boolean> => {
  const client = pgAdmin();
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
};

export const startTopology = async (ports: Ports, timeoutMs: number): Promise<Topology> => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'prodtest-'));
  // The worker builds a copy of web/, with caches of its own: never the running system's.
  const webRoot = createIsolatedWebRoot('prodtest-');
  const database = `prodtest_${randomBytes(5).toString('hex')}`;
  const dataDir = path.join(tmp, 'site');
  const envFile = path.join(tmp, 'production.env');
  // Only what a shell would have, plus the settings: nothing from the developer's .env or jest.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? 'C.UTF-8',
    TMPDIR: os.tmpdir(),
    PROD_ENV_FILE: envFile,
    DATABASE_NAME: database,
    PORT: String(ports.cms),
    REBUILD_PORT: String(ports.rebuild),
    WEB_PORT: String(ports.web),
    PREVIEW_PORT: String(ports.preview),
    REBUILD_DATA_DIR: dataDir,
    REBUILD_WEB_ROOT: webRoot.dir,
    PUBLIC_DIR: path.join(tmp, 'public'),
    REBUILD_QUIET_MS: '300',
    REBUILD_MAX_WAIT_MS: '2000',
  };
  const lines: string[] = [];
  // Everything goes to a file; failure messages get the last lines that are not nginx's access log.
  const logFile = path.join(os.tmpdir(), 'prodtest-start-prod.log');
  writeFileSync(logFile, '');
  const child: ChildProcess = spawn(process.execPath, ['scripts/prod/start-prod.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ready: (match: RegExpExecArray) => void = () => undefined;
  const readyLine = new Promise<RegExpExecArray>((resolve) => (ready = resolve));
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      lines.push(line);
      appendFileSync(logFile, `${line}\n`);
      if (lines.length > 3000) lines.splice(0, lines.length - 2000);
      const match = READY.exec(line);
      if (match) ready(match);
    });
  }
  const output = () =>
    [
      ...lines.filter((line) => !/^\[web\] \d{4}-\d\d-\d\dT/.test(line)).slice(-120),
      `(all of start:prod's output: ${logFile})`,
    ].join('\n');
  let captured: ProcessId[] = [];
  const cleanUp = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    }
    await dropDatabase(database);
    rmSync(tmp, { recursive: true, force: true });
    webRoot.remove();
  };

  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`start:prod was not up within ${timeoutMs / 1000} s`)),
      timeoutMs,
    ).unref(),
  );
  const early = exited.then((code) => {
    throw new Error(`start:prod exited (${code}) before it was up`);
  });
  try {
    await Promise.race([readyLine, timeout, early]);
  } catch (error) {
    process.stderr.write(`${output()}\n`);
    await cleanUp();
    throw error;
  }
  early.catch(() => undefined);

  return {
    cmsUrl: `http://127.0.0.1:${ports.cms}`,
    webUrl: `http://127.0.0.1:${ports.web}`,
    previewUrl: `http://127.0.0.1:${ports.preview}`,
    dataDir,
    envFile,
    database,
    processes: () => captured,
    output,
    stop: async () => {
      if (child.pid !== undefined) captured = descendants(child.pid);
      child.kill('SIGTERM');
      return exited;
    },
    cleanUp,
  };
};
