/**
 * docker-compose.yml as a real Compose parser reads it (Debian's docker-compose 1.29: no Docker
 * engine needed for `config`), and the invariants of the deployment: health checks, restart
 * policies, state on named volumes (backup archives included), what is published where, no
 * secret in the file, refusal without a required value, start order, and how the services find
 * each other. The backup job: a one-off tool, the only holder of the archives' key and volume.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PREVIEW_SECRET_NAMES, SECRET_NAMES } from '../../cms/src/env';
import {
  COMPOSE_FILE,
  REPO_ROOT,
  composeConfig,
  refusalReason,
  runComposeConfig,
  yamlToJson,
  type ConfigRun,
} from './deploy-files/compose-config';
import {
  longRunning,
  readComposeModel,
  service,
  startsAfter,
  type ComposeModel,
  type Service,
} from './deploy-files/compose-model';
import { envOf, finalStage, lastArgs, parseDockerfile } from './deploy-files/dockerfile';
import { isSecretName, readEnvFile } from './deploy-files/env-file';

const EXAMPLE_FILE = path.join(REPO_ROOT, '.env.production.example');
const composeSource = readFileSync(COMPOSE_FILE, 'utf8');
/** The file's values without its comments (which may quote `${…}` syntax in prose). */
const rawJson = yamlToJson(composeSource);
const composeValues = JSON.stringify(rawJson);
const example = readEnvFile(EXAMPLE_FILE);

/** Every variable the file reads, and those it requires (`${NAME:?…}`). */
// `$${NAME}` is Compose's escape for a `$` the container's shell sees, not a reference.
const names = (pattern: RegExp): string[] => [
  ...new Set([...composeValues.matchAll(pattern)].map((m) => m[1] ?? '')),
];
const referenced = names(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)/g);
const required = names(/(?<!\$)\$\{([A-Z][A-Z0-9_]*):\?/g);

// Dummy values a production CMS would accept: long, random, distinct, no placeholder words.
const dummy = (): string => randomBytes(24).toString('hex');
const completeEnv = (): Record<string, string> => ({
  ...Object.fromEntries(required.map((name) => [name, dummy()])),
  APP_KEYS: `${dummy()},${dummy()}`,
  SITE_URL: 'https://www.charity-site.test',
});
const without = (vars: Record<string, string>, name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(vars).filter(([key]) => key !== name));

const healthcheckOf = (s: Service): string[] | undefined => {
  if (s.healthcheck) return s.healthcheck;
  if (!s.dockerfile) return undefined;
  const args = lastArgs(
    finalStage(parseDockerfile(readFileSync(path.join(REPO_ROOT, s.dockerfile), 'utf8'))),
    'HEALTHCHECK',
  );
  return args === undefined || /^NONE\b/i.test(args) ? undefined : [args];
};

let env: Record<string, string>;
let model: ComposeModel;
/** The file as written, before interpolation. */
let raw: ComposeModel;

beforeAll(async () => {
  env = completeEnv();
  model = readComposeModel(await composeConfig(env), REPO_ROOT);
  raw = readComposeModel(rawJson, REPO_ROOT);
});

test('runs the database, the CMS, the rebuild worker, the web server and the preview server; the backup is a one-off tool', () => {
  expect(
    longRunning(model)
      .map((s) => s.name)
      .sort(),
  ).toEqual(['cms', 'db', 'preview', 'rebuild', 'web']);
  const tools = model.services.filter((s) => s.profiles.length > 0);
  expect(tools.map((s) => [s.name, s.profiles])).toEqual([['backup', ['tools']]]);
});

test('restarts every running service unless an operator stopped it; never the one-off backup', () => {
  expect(service(model, 'backup').restart).toBe('no');
  for (const s of longRunning(model))
    expect({ service: s.name, restart: s.restart }).toEqual({ service: s.name, restart: 'unless-stopped' });
});

test("gives every running service a health check (in the file, or its image's)", () => {
  for (const s of longRunning(model))
    expect({ service: s.name, healthcheck: healthcheckOf(s) }).toEqual({
      service: s.name,
      healthcheck: expect.any(Array),
    });
  expect(service(model, 'db').healthcheck?.join(' ')).toMatch(/pg_isready/);
  const cms = service(model, 'cms');
  expect(cms.healthcheck?.join(' ')).toContain(`127.0.0.1:${cms.environment.PORT}/_health`);
  const rebuild = service(model, 'rebuild');
  expect(rebuild.healthcheck?.join(' ')).toContain(`127.0.0.1:${rebuild.environment.REBUILD_PORT}/health`);
  const preview = service(model, 'preview');
  expect(preview.healthcheck?.join(' ')).toContain(`127.0.0.1:${preview.environment.PREVIEW_PORT}/health`);
});

test('keeps every piece of state on a named volume', () => {
  const mountsOf = (name: string) => service(model, name).volumes;
  for (const s of model.services) {
    for (const mount of s.volumes) {
      expect({ service: s.name, mount: mount.target, type: mount.type }).toEqual({
        service: s.name,
        mount: mount.target,
        type: 'volume',
      });
      expect(model.volumes).toContain(mount.source);
    }
  }
  // PostgreSQL's data directory (the image's PGDATA, unless the file moves it).
  const pgdata = service(model, 'db').environment.PGDATA ?? '/var/lib/postgresql/data';
  expect(mountsOf('db')).toContainEqual(
    expect.objectContaining({ target: '/var/lib/postgresql/data', readOnly: false }),
  );
  expect(pgdata.startsWith('/var/lib/postgresql/data')).toBe(true);

  // Uploads: public/uploads under the CMS image's working directory, on a volume mounted on
  // public/ itself. A restore moves uploads/ aside within public/ and back, and a mount point
  // cannot be moved: uploads/ must be a folder in the volume, not the volume.
  const cmsStages = parseDockerfile(readFileSync(path.join(REPO_ROOT, 'cms/Dockerfile'), 'utf8'));
  const cmsImage = finalStage(cmsStages);
  const publicDir = `${lastArgs(cmsImage, 'WORKDIR')}/public`;
  expect(mountsOf('cms')).toContainEqual(
    expect.objectContaining({ type: 'volume', target: publicDir, readOnly: false }),
  );
  expect(mountsOf('cms').filter((m) => m.target.startsWith(`${publicDir}/`))).toEqual([]);

  // Backup archives: where the image's backup tool writes them, on a volume only the backup job
  // mounts (the internet-facing CMS cannot read them), with the uploads it archives.
  const backupDir = envOf(cmsStages, cmsImage).BACKUP_DIR;
  expect(backupDir).toMatch(/^\//);
  expect(service(model, 'backup').environment.BACKUP_DIR ?? backupDir).toBe(backupDir);
  const backups = mountsOf('backup').find((m) => m.target === backupDir);
  expect(backups).toEqual(expect.objectContaining({ type: 'volume', readOnly: false }));
  const sharing = model.services.filter(
    (s) => s.name !== 'backup' && s.volumes.some((m) => m.source === backups?.source),
  );
  expect(sharing.map((s) => s.name)).toEqual([]);
  expect(mountsOf('backup')).toContainEqual(mountsOf('cms').find((m) => m.target === publicDir));

  // Releases, `current`, state and build logs: the worker's data dir, shared read-only with nginx.
  const dataDir = service(model, 'rebuild').environment.REBUILD_DATA_DIR;
  const site = mountsOf('rebuild').find((m) => m.target === dataDir);
  expect(site).toEqual(expect.objectContaining({ type: 'volume', readOnly: false }));
  expect(mountsOf('web')).toEqual([
    { type: 'volume', source: site?.source, target: '/srv/site', readOnly: true },
  ]);
});

test('runs the application containers without privileges to gain; nginx on a read-only root', () => {
  for (const name of ['cms', 'rebuild', 'web', 'backup', 'preview']) {
    const s = service(model, name);
    expect({ name, capDrop: s.capDrop, securityOpt: s.securityOpt }).toEqual({
      name,
      capDrop: ['ALL'],
      securityOpt: expect.arrayContaining(['no-new-privileges:true']),
    });
  }
  expect(service(model, 'web').readOnlyRoot).toBe(true);
});

test('publishes the site to the world, the admin to CMS_BIND_ADDRESS (localhost by default), nothing else', () => {
  expect(service(model, 'db').ports).toEqual([]);
  expect(service(model, 'rebuild').ports).toEqual([]);
  expect(service(model, 'backup').ports).toEqual([]);
  expect(service(model, 'cms').ports).toEqual([{ hostIp: '127.0.0.1', published: '1337', target: 1337 }]);
  expect(service(model, 'web').ports).toEqual([{ hostIp: '0.0.0.0', published: '80', target: 8080 }]);
  expect(service(model, 'preview').ports).toEqual([{ hostIp: '127.0.0.1', published: '4323', target: 4323 }]);
  const everyInterface = (ip: string | undefined) =>
    ip === undefined || ip === '' || ip === '0.0.0.0' || ip === '::';
  const public_ = model.services.filter((s) => s.ports.some((p) => everyInterface(p.hostIp)));
  expect(public_.map((s) => s.name)).toEqual(['web']);
});

test('moves the admin and the site to the addresses and ports .env gives', async () => {
  const moved = readComposeModel(
    await composeConfig({
      ...env,
      CMS_BIND_ADDRESS: '10.8.0.1',
      CMS_PORT: '8443',
      WEB_BIND_ADDRESS: '127.0.0.1',
      WEB_PORT: '8080',
      PREVIEW_BIND_ADDRESS: '10.8.0.1',
      PREVIEW_PORT: '9443',
    }),
    REPO_ROOT,
  );
  expect(service(moved, 'preview').ports).toEqual([{ hostIp: '10.8.0.1', published: '9443', target: 4323 }]);
  expect(service(moved, 'cms').ports).toEqual([{ hostIp: '10.8.0.1', published: '8443', target: 1337 }]);
  expect(service(moved, 'web').ports).toEqual([{ hostIp: '127.0.0.1', published: '8080', target: 8080 }]);
});

test('writes no secret into the file: each one is a ${NAME:?…} reference to .env', () => {
  const optional = ['ADMIN_PASSWORD']; // the first administrator is optional (else: registration page)
  for (const s of raw.services) {
    for (const [name, value] of Object.entries(s.environment).filter(([n]) => isSecretName(n))) {
      const pattern = optional.includes(name) ? /^\$\{[A-Z_]+:-\}$/ : /^\$\{[A-Z_]+:\?[^}]+\}$/;
      expect({ service: s.name, name, value }).toEqual({
        service: s.name,
        name,
        value: expect.stringMatching(pattern),
      });
    }
  }
  // Everything the CMS needs to start in production, the database's password and the key the
  // backups are encrypted with are required.
  for (const name of [
    ...SECRET_NAMES,
    ...PREVIEW_SECRET_NAMES,
    'WEBHOOK_SECRET',
    'DATABASE_PASSWORD',
    'BACKUP_ENCRYPTION_KEY',
  ])
    expect(required).toContain(name);
  // Nothing that looks like a key or a password anywhere else in the file either.
  const words = composeSource.replace(/\$\{[^}]*\}/g, '').match(/[A-Za-z0-9+/=_-]{20,}/g) ?? [];
  const keyLike = (w: string) =>
    (/\d/.test(w) && /[a-z]/.test(w) && /[A-Z]/.test(w)) || /^[0-9a-f]{32,}$/i.test(w);
  expect(words.filter(keyLike)).toEqual([]);
});

test('.env.production.example names every variable the file reads, with no secret filled in', () => {
  const documented = [...example.keys()].filter((name) => name !== 'COMPOSE_PROJECT_NAME');
  expect([...documented].sort()).toEqual([...referenced].sort());
  for (const [name, value] of example) {
    if (isSecretName(name) || required.includes(name)) expect({ name, value }).toEqual({ name, value: '' });
  }
  // A fixed project name keeps the volumes' names whatever the checkout's folder is called.
  expect(example.get('COMPOSE_PROJECT_NAME')).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
});

test('refuses to start without each required value, and names it', async () => {
  expect(required.length).toBeGreaterThanOrEqual(SECRET_NAMES.length + 2);
  // A few at a time: each run is a Python start-up, and the machine is shared.
  const runs: { name: string; run: ConfigRun }[] = [];
  for (let i = 0; i < required.length; i += 3) {
    const batch = required.slice(i, i + 3);
    runs.push(
      ...(await Promise.all(
        batch.map(async (name) => ({ name, run: await runComposeConfig(without(env, name)) })),
      )),
    );
  }
  const names = (reason: string) =>
    [...reason.matchAll(/\b([A-Z][A-Z0-9_]*) is required\b/g)].map((m) => m[1]);
  for (const { name, run } of runs) {
    expect({ name, refused: run.status !== 0, names: names(refusalReason(run.stderr)) }).toEqual({
      name,
      refused: true,
      names: [name],
    });
  }
  // Present but empty counts as missing, so the example copied as it is starts nothing.
  const empty = await runComposeConfig({ ...env, DATABASE_PASSWORD: '' });
  expect(empty.status).not.toBe(0);
  expect(names(refusalReason(empty.stderr))).toEqual(['DATABASE_PASSWORD']);
  const asShipped = await runComposeConfig(Object.fromEntries(example));
  expect(asShipped.status).not.toBe(0);
  const shippedReason = names(refusalReason(asShipped.stderr));
  expect(shippedReason).toHaveLength(1);
  expect(required).toContain(shippedReason[0]);
});

test('starts the database, then the CMS, then the worker, then the web server', () => {
  expect(startsAfter(model, 'db')).toEqual([]);
  expect(startsAfter(model, 'cms')).toEqual(['db']);
  expect(startsAfter(model, 'rebuild')).toEqual(['cms', 'db']);
  expect(startsAfter(model, 'web')).toEqual(['cms', 'db', 'rebuild']);
  expect(startsAfter(model, 'preview')).toEqual(['cms', 'db']);
  expect(service(model, 'preview').dependsOn).toEqual({ cms: 'service_healthy' });
  // The CMS needs a database that answers, the worker a CMS that answers (it builds from it).
  expect(service(model, 'cms').dependsOn).toEqual({ db: 'service_healthy' });
  expect(service(model, 'rebuild').dependsOn).toEqual({ cms: 'service_healthy' });
  expect(service(model, 'web').dependsOn).toEqual({
    rebuild: expect.stringMatching(/^service_(started|healthy)$/),
  });
});

test('wires the services to each other over the compose network', () => {
  const db = service(model, 'db').environment;
  const cms = service(model, 'cms').environment;
  const rebuild = service(model, 'rebuild').environment;
  expect(cms).toEqual(
    expect.objectContaining({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: 'db',
      DATABASE_NAME: db.POSTGRES_DB,
      DATABASE_USERNAME: db.POSTGRES_USER,
      DATABASE_PASSWORD: db.POSTGRES_PASSWORD,
      WEBHOOK_URL: `http://rebuild:${rebuild.REBUILD_PORT}/webhook`,
      REBUILD_STATUS_URL: `http://rebuild:${rebuild.REBUILD_PORT}/status`,
      WEBHOOK_SECRET: rebuild.WEBHOOK_SECRET,
      BUILD_API_TOKEN: rebuild.BUILD_API_TOKEN,
    }),
  );
  expect(db.POSTGRES_PASSWORD).toBe(env.DATABASE_PASSWORD);
  expect(service(model, 'cms').ports[0]?.target).toBe(Number(cms.PORT));
  expect(rebuild).toEqual(
    expect.objectContaining({
      CMS_URL: `http://cms:${cms.PORT}`,
      SITE_URL: env.SITE_URL,
      REBUILD_HOST: '0.0.0.0',
      REBUILD_SERVE_SITE: 'false',
      REBUILD_DATA_DIR: '/srv/site',
    }),
  );
  const preview = service(model, 'preview').environment;
  expect(preview).toEqual(
    expect.objectContaining({
      CMS_URL: `http://cms:${cms.PORT}`,
      PREVIEW_HOST: '0.0.0.0',
      PREVIEW_SECRET: cms.PREVIEW_SECRET,
      PREVIEW_API_TOKEN: cms.PREVIEW_API_TOKEN,
      PUBLIC_URL: cms.PUBLIC_URL,
    }),
  );
  expect(service(model, 'preview').ports[0]?.target).toBe(Number(preview.PREVIEW_PORT));
});

test('gives the build token and the preview token each to one process: the worker, or the preview server', () => {
  const holders = (name: string) =>
    model.services
      .filter((s) => Object.values(s.environment).some((value) => value.includes(env[name] ?? '')))
      .map((s) => s.name)
      .sort();
  // The CMS (and its backup job, which loads it) creates both tokens.
  expect(holders('BUILD_API_TOKEN')).toEqual(['backup', 'cms', 'rebuild']);
  expect(holders('PREVIEW_API_TOKEN')).toEqual(['backup', 'cms', 'preview']);
  expect(holders('PREVIEW_SECRET')).toEqual(['backup', 'cms', 'preview']);
  expect(holders('WEBHOOK_SECRET')).toEqual(['backup', 'cms', 'rebuild']);
});

test('builds every image from this repository, with its root as the build context', () => {
  for (const s of model.services.filter((x) => x.dockerfile !== undefined)) {
    expect({ service: s.name, context: s.buildContext }).toEqual({ service: s.name, context: '.' });
  }
  expect(Object.fromEntries(model.services.map((s) => [s.name, s.dockerfile ?? s.image]))).toEqual({
    db: expect.stringMatching(/^postgres:1[67](\.\d+)?-bookworm$/),
    cms: 'cms/Dockerfile',
    rebuild: 'deploy/rebuild/Dockerfile',
    web: 'deploy/web/Dockerfile',
    backup: 'cms/Dockerfile',
    // The worker's image, run with its own command: one build for both.
    preview: 'deploy/rebuild/Dockerfile',
  });
  expect(service(model, 'preview').image).toBe(service(model, 'rebuild').image);
});

describe('the backup job', () => {
  const cms = () => service(model, 'cms');
  const backup = () => service(model, 'backup');

  test("holds the archives' key; no other container does, the internet-facing CMS least of all", () => {
    expect(backup().environment.BACKUP_ENCRYPTION_KEY).toBe(env.BACKUP_ENCRYPTION_KEY);
    const holders = model.services.filter((s) =>
      Object.values(s.environment).some((value) => value.includes(env.BACKUP_ENCRYPTION_KEY ?? '')),
    );
    expect(holders.map((s) => s.name)).toEqual(['backup']);
    expect(cms().environment.BACKUP_ENCRYPTION_KEY).toBeUndefined();
  });

  test('runs the backup command of the very image the CMS runs, and keeps BACKUP_KEEP archives', () => {
    expect(backup().image).toBeDefined();
    expect(backup().image).toBe(cms().image);
    expect(backup().dockerfile).toBe(cms().dockerfile);
    expect(backup().command).toEqual(['node', '/app/scripts/backup/backup.ts']);
    expect(backup().environment.BACKUP_KEEP).toBe('14');
    expect(backup().healthcheck).toBeUndefined();
    expect(startsAfter(model, 'backup')).toEqual(['db']);
  });

  test("loads the CMS with the CMS's own settings, so its start-up steps change nothing (the webhook stays)", () => {
    const { BACKUP_ENCRYPTION_KEY: _key, BACKUP_KEEP: _keep, ...shared } = backup().environment;
    expect(shared).toEqual(cms().environment);
  });

  test('BACKUP_KEEP comes from .env', async () => {
    const kept = readComposeModel(await composeConfig({ ...env, BACKUP_KEEP: '30' }), REPO_ROOT);
    expect(service(kept, 'backup').environment.BACKUP_KEEP).toBe('30');
  });
});
