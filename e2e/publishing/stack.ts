/**
 * The whole system as `npm start` runs it, but throw-away: a seeded temporary SQLite CMS serving
 * the built admin panel, and the rebuild service that builds and serves the site from it.
 * Ports are fixed (1610-1612) so the site can be built for its own address.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CMS_DIR = path.join(ROOT, 'cms');
const STRAPI_BIN = path.join(ROOT, 'node_modules/.bin/strapi');

export type Stack = {
  cmsUrl: string;
  siteUrl: string;
  adminEmail: string;
  adminPassword: string;
  /** The last lines the CMS and the rebuild service printed, for a failure message. */
  recentOutput: () => string;
  /** The rebuild service's status with the log tails of failed builds, for a failure message. */
  buildReport: () => Promise<string>;
  stop: () => Promise<void>;
};

const secret = () => randomBytes(24).toString('hex');
const log = (message: string) => process.stderr.write(`[e2e-publishing] ${message}\n`);

const waitFor = async (url: string, timeoutMs: number, child: ChildProcess): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
};

/** Keeps a child's output (last lines) to show when something fails, without flooding the run. */
const capture = (child: ChildProcess, name: string, lines: string[]): void => {
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      // Strapi's request log would push everything else out of the window.
      if (!line.trim() || /\bhttp\b.*: (GET|POST) \//.test(line)) continue;
      lines.push(`${name}: ${line}`);
    }
    lines.splice(0, Math.max(0, lines.length - 200));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
};

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
};

export const startStack = async (ports = { cms: 1610, rebuild: 1611, site: 1612 }): Promise<Stack> => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'e2e-publishing-'));
  // An empty env file, so neither Strapi nor the seed reads the developer's .env.
  const envFile = path.join(tmp, 'empty.env');
  writeFileSync(envFile, '');
  mkdirSync(path.join(tmp, 'public/uploads'), { recursive: true });
  const cmsUrl = `http://127.0.0.1:${ports.cms}`;
  const siteUrl = `http://127.0.0.1:${ports.site}`;
  const rebuildUrl = `http://127.0.0.1:${ports.rebuild}`;
  const adminEmail = 'admin@e2e-publishing.test';
  const adminPassword = `Adm1n-${secret()}`;
  const buildToken = secret();
  const webhookSecret = secret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENV_PATH: envFile,
    NODE_ENV: 'development',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
    HOST: '127.0.0.1',
    PORT: String(ports.cms),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(tmp, 'cms.db'),
    PUBLIC_DIR: path.join(tmp, 'public'),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    BUILD_API_TOKEN: buildToken,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    WEBHOOK_URL: `${rebuildUrl}/webhook`,
    WEBHOOK_SECRET: webhookSecret,
    REBUILD_STATUS_URL: `${rebuildUrl}/status`,
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl,
    REBUILD_HOST: '127.0.0.1',
    REBUILD_PORT: String(ports.rebuild),
    SITE_HOST: '127.0.0.1',
    SITE_PORT: String(ports.site),
    REBUILD_DATA_DIR: path.join(tmp, 'site'),
    REBUILD_QUIET_MS: '300',
    REBUILD_MAX_WAIT_MS: '2000',
  };
  const output: string[] = [];
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    // The same step as npm start: compile, and build the admin panel if its sources changed
    // (about a minute), recording its hash so later runs (and start:prod) reuse it.
    let started = performance.now();
    execFileSync('bash', ['scripts/cms-prepare.sh'], { cwd: ROOT, env, stdio: 'pipe' });
    log(`CMS prepared in ${Math.round(performance.now() - started)} ms`);
    started = performance.now();
    execFileSync(process.execPath, ['scripts/run-seed.js'], { cwd: CMS_DIR, env, stdio: 'pipe' });
    log(`seeded in ${Math.round(performance.now() - started)} ms`);

    started = performance.now();
    const cms = spawn(STRAPI_BIN, ['start'], { cwd: CMS_DIR, env, stdio: 'pipe' });
    children.push(cms);
    capture(cms, 'cms', output);
    await waitFor(`${cmsUrl}/_health`, 120_000, cms);
    log(`CMS up in ${Math.round(performance.now() - started)} ms`);

    const rebuild = spawn(process.execPath, ['scripts/rebuild/main.ts'], { cwd: ROOT, env, stdio: 'pipe' });
    children.push(rebuild);
    capture(rebuild, 'rebuild', output);
    await waitFor(`${rebuildUrl}/health`, 60_000, rebuild);

    started = performance.now();
    execFileSync(process.execPath, ['scripts/rebuild/cli.ts', 'trigger', '--note', 'e2e publishing'], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
    });
    log(`first site build in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    log(output.slice(-60).join('\n'));
    await stop();
    throw error;
  }
  return {
    cmsUrl,
    siteUrl,
    adminEmail,
    adminPassword,
    recentOutput: () => output.slice(-80).join('\n'),
    buildReport: async () => {
      try {
        const response = await fetch(`${rebuildUrl}/status`, {
          headers: { Authorization: `Bearer ${webhookSecret}` },
        });
        return JSON.stringify(await response.json(), null, 1);
      } catch (error) {
        return `no status from the rebuild service: ${String(error)}`;
      }
    },
    stop,
  };
};
