#!/usr/bin/env node
/**
 * `npm run seed -w cms`: loads the demo content into the CMS database, idempotently.
 *
 * Compiles the server code with tsc into cms/dist WITHOUT wiping it (Strapi's compile step
 * would delete the built admin panel), loads Strapi without starting its HTTP server, runs the
 * seed, prints one summary line and stops. Exits non-zero with the message on any error.
 */
'use strict';

const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const CMS_DIR = path.resolve(__dirname, '..');
const DIST_DIR = path.join(CMS_DIR, 'dist');
const ROOT_ENV = path.resolve(CMS_DIR, '..', '.env');

const compile = () => {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [CMS_DIR] });
  execFileSync(process.execPath, [tsc, '-p', path.join(CMS_DIR, 'tsconfig.json')], {
    cwd: CMS_DIR,
    stdio: 'inherit',
  });
};

/**
 * Waits until the database pool is idle. Strapi finishes some work after a publish on its own
 * (after-commit callbacks that look up the entry's relations again); on PostgreSQL a
 * destroy() while those queries are queued fails the whole run, though the seed succeeded.
 */
const settle = async (strapi, timeoutMs = 30_000) => {
  const pool = strapi.db?.connection?.client?.pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates();
  const deadline = Date.now() + timeoutMs;
  let idleChecks = 0;
  while (idleChecks < 3 && Date.now() < deadline) {
    idleChecks = busy() === 0 ? idleChecks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const main = async () => {
  // Strapi reads ENV_PATH with dotenv when @strapi/strapi is first required: set it before.
  if (!process.env.ENV_PATH && existsSync(ROOT_ENV)) process.env.ENV_PATH = ROOT_ENV;
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';

  compile();
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({
    appDir: CMS_DIR,
    distDir: DIST_DIR,
    autoReload: false,
    serveAdminPanel: false,
  });
  await strapi.load();
  try {
    const { seedDemoContent, summariseReport } = require(path.join(DIST_DIR, 'src', 'seed'));
    const report = await seedDemoContent(strapi);
    console.log(`Seed: ${summariseReport(report)}`);
    await settle(strapi);
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error && typeof error === 'object' && 'details' in error && error.details) {
      console.error(JSON.stringify(error.details, null, 2));
    }
    process.exit(1);
  },
);
