/**
 * `npm run start:prod`: the production topology as plain processes on this machine.
 *   - the CMS in production mode (NODE_ENV=production) on PostgreSQL (created if missing),
 *   - the rebuild worker (builds and swaps releases; REBUILD_SERVE_SITE=false),
 *   - Debian's nginx with the production config (deploy/nginx) serving the live release,
 *   - the draft preview server (scripts/preview), its bundle built first.
 * Settings and secrets: the environment, then .env.production.local (see env.ts, secrets.ts).
 * Production starts empty; `--seed` loads the demo content first. SIGINT/SIGTERM stop everything;
 * if any process stops on its own, the others are stopped and start:prod exits 1.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { childEnvs } from './child-env.ts';
import { ensureDatabase } from './database.ts';
import { envFilePath, mergedEnv, parseProdSettings } from './env.ts';
import { prepareNginx } from './nginx-runtime.ts';
import { ensureSecrets } from './secrets.ts';
import {
  describeExit,
  killNow,
  runStep,
  spawnChild,
  stopChild,
  type Child,
  type SpawnOptions,
} from './supervisor.ts';
import { waitForHttp } from './wait.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cmsDir = path.join(repoRoot, 'cms');
const strapiBin = path.join(repoRoot, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

const USAGE = `Usage: npm run start:prod [-- --seed]
  --seed   load the demo content before starting (production otherwise starts empty)
Settings: the environment, then ${path.relative(repoRoot, envFilePath(process.env, repoRoot))} (PROD_ENV_FILE).`;

const say = (line: string): void => console.log(`[start:prod] ${line}`);

/** Thrown into the start-up sequence once shutdown has begun: not an error worth reporting. */
class Stopping extends Error {}

const services: Child[] = [];
const steps = new Set<Child>();
let stopping = false;
let nginxPrefix: string | undefined;

const shutdown = async (code: number, reason: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  say(`${reason}: stopping…`);
  for (const step of steps) await stopChild(step, 'SIGTERM', 10_000, { group: true });
  // nginx first (no new visitors), then the worker (a build in progress reads the CMS), then the CMS.
  for (const child of [...services].reverse()) {
    await stopChild(child, child.name === 'web' ? 'SIGQUIT' : 'SIGTERM', 20_000);
  }
  if (nginxPrefix) rmSync(nginxPrefix, { recursive: true, force: true });
  say('stopped');
  process.exit(code);
};

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(0, `${signal} received`));
}
// Children run in their own process groups: if start:prod dies of an error, they must not linger.
process.on('exit', () => {
  for (const child of [...steps, ...services]) killNow(child);
});

const step = async (name: string, command: string, args: readonly string[], options: SpawnOptions) => {
  if (stopping) throw new Stopping();
  await runStep(name, command, args, options, (child) => {
    steps.add(child);
    return () => steps.delete(child);
  });
};

const startService = (
  name: string,
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Child => {
  if (stopping) throw new Stopping();
  const child = spawnChild(name, command, args, options);
  services.push(child);
  void child.exited.then((exit) => shutdown(1, `${name} stopped unexpectedly (${describeExit(exit)})`));
  return child;
};

const main = async (): Promise<void> => {
  const { values: flags } = parseArgs({
    options: { seed: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const envFile = envFilePath(process.env, repoRoot);
  const generated = ensureSecrets(envFile, mergedEnv(process.env, envFile));
  const merged = mergedEnv(process.env, envFile);
  const settings = parseProdSettings(merged, envFile, repoRoot);
  const env = childEnvs(merged, settings);
  if (generated.length > 0) {
    say(`Generated ${generated.join(', ')} into ${envFile} (keep it; never commit it).`);
    if (generated.includes('ADMIN_PASSWORD')) {
      say(
        `First administrator: ${merged.ADMIN_EMAIL} / ${merged.ADMIN_PASSWORD} (change it after signing in)`,
      );
    }
  }

  const db = settings.database;
  const created = await ensureDatabase(repoRoot, db);
  say(`${created ? 'Created' : 'Using'} PostgreSQL database ${db.name} on ${db.host}:${db.port}`);

  mkdirSync(settings.uploadsDir, { recursive: true });
  await step('prepare', 'bash', ['scripts/cms-prepare.sh'], { cwd: repoRoot, env: env.cms });
  if (flags.seed) {
    await step('seed', process.execPath, ['scripts/run-seed.js'], { cwd: cmsDir, env: env.cms });
  }

  const cancelled = () => stopping;
  const cms = startService('cms', process.execPath, [strapiBin, 'start'], { cwd: cmsDir, env: env.cms });
  await waitForHttp(`${settings.cms.url}/_health`, cms, { timeoutMs: 180_000, cancelled });

  const rebuild = startService('rebuild', process.execPath, ['scripts/rebuild/main.ts'], {
    cwd: repoRoot,
    env: env.rebuild,
  });
  await waitForHttp(`${settings.rebuild.url}/health`, rebuild, { timeoutMs: 60_000, cancelled });

  const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const previewArgs = [astroBin, 'build', '--config', 'astro.preview.config.mjs'];
  await step('preview bundle', process.execPath, previewArgs, {
    cwd: path.join(repoRoot, 'web'),
    env: env.preview,
  });
  const preview = startService('preview', process.execPath, ['scripts/preview/main.ts'], {
    cwd: repoRoot,
    env: env.preview,
  });
  await waitForHttp(`${settings.preview.url}/health`, preview, { timeoutMs: 60_000, cancelled });

  const current = path.join(settings.dataDir, 'current');
  const nginx = prepareNginx(repoRoot, {
    nginxBin: settings.nginxBin,
    listen: settings.web.listen,
    root: current,
  });
  nginxPrefix = nginx.prefix;
  const web = startService('web', nginx.command, nginx.args, { cwd: nginx.prefix, env: env.web });
  await waitForHttp(`${settings.web.url}/`, web, { timeoutMs: 30_000, anyStatus: true, cancelled });

  // Build at every start: it also catches anything published while the worker was down (the CMS
  // does not retry webhooks). The first time, wait for it, so there is a site to serve.
  const live = existsSync(current);
  if (!live) say('Building the website for the first time…');
  const trigger = ['scripts/rebuild/cli.ts', 'trigger', '--note', live ? 'start:prod' : 'first start:prod'];
  try {
    await step('build', process.execPath, live ? [...trigger, '--no-wait'] : trigger, {
      cwd: repoRoot,
      env: env.rebuild,
    });
  } catch (error) {
    if (stopping) throw new Stopping();
    say(`${(error as Error).message}: the lines above and ${settings.rebuild.url}/status say why.`);
    if (!live) {
      say('An empty CMS has no site to build: publish the site settings and the home page, or use --seed.');
    }
  }

  console.log(`
  Website (nginx):  ${settings.web.url}/   public address ${settings.siteUrl}
  CMS admin:        ${settings.cms.url}/admin   sign in as ${settings.adminEmail ?? 'ADMIN_EMAIL'} (ADMIN_PASSWORD: environment or ${envFile})
  Rebuild status:   ${settings.rebuild.url}/status
  Draft preview:    ${settings.preview.url}   (the admin's Preview button opens drafts there)
  Live release:     ${current}
  Processes:        cms ${cms.process.pid}, rebuild ${rebuild.process.pid}, web ${web.process.pid}, preview ${preview.process.pid}
  Production mode, PostgreSQL database ${db.name}. Ctrl-C stops everything.
`);
};

main().catch((error: unknown) => {
  if (error instanceof Stopping || stopping) return;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[start:prod] ${message}`);
  void shutdown(1, 'start-up failed');
});
