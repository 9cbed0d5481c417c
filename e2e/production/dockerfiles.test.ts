/**
 * The images docker-compose.yml builds, checked statically (no Docker engine here): each runs
 * as an unprivileged user with a health check, the Node images are Node 24, nothing is fetched
 * from the internet but npm and Debian packages, and every COPY names a file that exists and
 * that .dockerignore lets into the build context (which is the repository root). The CMS image
 * also carries the backup tool (scripts/backup): every module it loads, the packages they load,
 * and the folders it writes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SECRET_NAMES } from '../../cms/src/env';
import { REPO_ROOT, yamlToJson } from './deploy-files/compose-config';
import { readComposeModel, type Service } from './deploy-files/compose-model';
import { copies, envOf, finalStage, lastArgs, parseDockerfile, type Stage } from './deploy-files/dockerfile';
import { isIgnored, parseDockerignore } from './deploy-files/dockerignore';
import { contextSourceOf, workdirAt, type ImageContext } from './deploy-files/image-files';
import { lookupPath, productionInstall } from './deploy-files/lock-install';
import { loadedCode } from './deploy-files/module-imports';

// The compose file as written: which Dockerfile each service builds, and its own health checks.
const compose = readComposeModel(
  yamlToJson(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')),
  REPO_ROOT,
);
const built = compose.services.filter(
  (s): s is Service & { dockerfile: string } => s.dockerfile !== undefined,
);
const stagesOf = (dockerfile: string): Stage[] =>
  parseDockerfile(readFileSync(path.join(REPO_ROOT, dockerfile), 'utf8'));
const ignoreRules = parseDockerignore(readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8'));

// Fetching anything but npm packages (from the lock) and Debian packages makes a build depend on
// hosts we do not control, and on what they serve that day.
const FORBIDDEN_IN_RUN: [RegExp, string][] = [
  [/\b(curl|wget)\b/, 'a download with curl or wget'],
  [/\bgit\s+clone\b/, 'a git clone'],
  [/\bplaywright\s+install\b/, 'a browser download'],
  [/\bnpx\b/, 'npx (it installs what is not in the lock)'],
  [/--registry\b|npm_config_registry/i, 'another npm registry'],
  [/\bpip3?\s+install\b/, 'a pip install'],
];

test('the compose file builds the CMS (and its backup job), the rebuild worker (and the preview server) and the web server from Dockerfiles here', () => {
  expect(built.map((s) => [s.name, s.dockerfile])).toEqual([
    ['cms', 'cms/Dockerfile'],
    ['rebuild', 'deploy/rebuild/Dockerfile'],
    ['web', 'deploy/web/Dockerfile'],
    ['preview', 'deploy/rebuild/Dockerfile'],
    ['backup', 'cms/Dockerfile'],
  ]);
});

describe('deploy/rebuild/Dockerfile carries the draft preview server', () => {
  const stages = stagesOf('deploy/rebuild/Dockerfile');
  const final = finalStage(stages);
  const workdir = lastArgs(final, 'WORKDIR') ?? '/';
  const image: ImageContext = { stages, repoRoot: REPO_ROOT, ignoreRules };
  const inImage = (file: string): string | undefined => contextSourceOf(image, final, `${workdir}/${file}`);
  const repoPath = (file: string): string => path.relative(REPO_ROOT, file);

  test('holds every module the server loads, and the start script the compose file runs', () => {
    const code = loadedCode([path.join(REPO_ROOT, 'scripts/preview/main.ts')], 'requireFromCms');
    const modules = code.files.map(repoPath);
    expect(modules).toEqual(
      expect.arrayContaining(['scripts/preview/server.ts', 'web/src/preview/request-target.ts']),
    );
    expect(modules.filter((file) => inImage(file) !== file)).toEqual([]);
    const command = built.find((s) => s.name === 'preview')?.command?.join(' ') ?? '';
    expect(command).toContain('deploy/preview/start.sh');
    expect(inImage('deploy/preview/start.sh')).toBe('deploy/preview/start.sh');
    // The bundle's sources and its config: built at the container's start.
    expect(inImage('web/astro.preview.config.mjs')).toBe('web/astro.preview.config.mjs');
    expect(inImage('web/src/preview/pages/preview/index.astro')).toBe(
      'web/src/preview/pages/preview/index.astro',
    );
  });
});

// Each image once: the backup job runs the CMS's image (its own health check disabled).
const images = built.filter((s, i) => built.findIndex((other) => other.dockerfile === s.dockerfile) === i);

describe.each(images.map((s) => [s.dockerfile, s] as const))('%s', (dockerfile, s) => {
  const stages = stagesOf(dockerfile);
  const final = finalStage(stages);

  test('runs as an unprivileged user', () => {
    const user = lastArgs(final, 'USER');
    expect(user).toBeDefined();
    expect(user?.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  test('has a health check (in the image, or in the compose file)', () => {
    const image = lastArgs(final, 'HEALTHCHECK');
    const inImage = image !== undefined && !/^NONE\b/i.test(image);
    expect(inImage || s.healthcheck !== undefined).toBe(true);
  });

  test('fetches nothing from the internet but npm and Debian packages', () => {
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'ADD') {
          expect({ line: instruction.line, add: instruction.args }).not.toEqual({
            line: instruction.line,
            add: expect.stringMatching(/\b(https?|git):\/\//),
          });
        }
        if (instruction.keyword !== 'RUN') continue;
        for (const [pattern, what] of FORBIDDEN_IN_RUN) {
          expect({ line: instruction.line, found: pattern.test(instruction.args) ? what : null }).toEqual({
            line: instruction.line,
            found: null,
          });
        }
      }
    }
  });

  test('copies only files that exist here and that .dockerignore lets into the context', () => {
    const stageNames = stages.map((stage) => stage.name).filter((name) => name !== undefined);
    for (const copy of copies(stages)) {
      if (copy.from !== undefined) {
        expect(stageNames).toContain(copy.from);
        continue;
      }
      for (const source of copy.sources) {
        expect({ line: copy.line, source, exists: existsSync(path.join(REPO_ROOT, source)) }).toEqual({
          line: copy.line,
          source,
          exists: true,
        });
        expect({ line: copy.line, source, ignored: isIgnored(ignoreRules, source) }).toEqual({
          line: copy.line,
          source,
          ignored: false,
        });
      }
    }
  });
});

describe.each(['cms/Dockerfile', 'deploy/rebuild/Dockerfile'])('%s (Node)', (dockerfile) => {
  test('is built and runs on Node 24 (what the lock and the type stripping expect)', () => {
    const stages = stagesOf(dockerfile);
    for (const stage of stages) expect(stage.baseImage).toMatch(/^node:24(-[a-z0-9-]+)?$/);
    expect(finalStage(stages).from).toMatch(/^node:24/);
  });
});

test('.dockerignore keeps secrets, local state, build output and installed packages out of the context', () => {
  const out = [
    '.env',
    '.env.production',
    '.git/config',
    'node_modules/zod/package.json',
    'cms/node_modules/.strapi/x',
    'web/node_modules/react/index.js',
    'cms/.tmp/data.db',
    'cms/dist/build/index.html',
    'cms/public/uploads/guide.pdf',
    'web/dist/index.html',
    'web/.astro/data-store.json',
    '.data/site/state.json',
    '.tools/node-v24.21.0/bin/node',
  ];
  expect(out.filter((p) => !isIgnored(ignoreRules, p))).toEqual([]);
});

test('.dockerignore keeps secrets and local state out at any depth, not only at the top', () => {
  // The folders the images copy whole (cms/, scripts/backup/…) would carry these into a layer.
  const nested = [
    'cms/.env',
    'cms/.env.local',
    'web/.env.production',
    'scripts/backup/.env',
    'deploy/rebuild/.env',
    'cms/backups/cms-backup-20250101-000000Z.tar.gz.enc',
    'scripts/backup/backups/old.tar.gz.enc',
    'web/.data/site/state.json',
    'cms/.tmp/data.db',
    'web/.tmp/x',
    'cms/npm-debug.log',
    'scripts/rebuild/build.log',
    'cms/exports/export.tar.gz',
    'web/coverage/lcov.info',
  ];
  expect(nested.filter((p) => !isIgnored(ignoreRules, p))).toEqual([]);
});

test('.dockerignore lets in every tracked file the images copy, tests aside', () => {
  const copied = [
    ...new Set(
      built.flatMap((s) =>
        copies(stagesOf(s.dockerfile))
          .filter((c) => c.from === undefined)
          .flatMap((c) => c.sources),
      ),
    ),
  ];
  const tracked = execFileSync('git', ['ls-files', '-z', '--', ...copied], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  expect(tracked.length).toBeGreaterThan(100);
  const notForImages = /(^|\/)(__tests__|tests)\/|^cms\/public\/uploads\//;
  expect(tracked.filter((file) => isIgnored(ignoreRules, file) && !notForImages.test(file))).toEqual([]);
});

test('cms/Dockerfile builds the admin with a throwaway value for every secret the CMS requires', () => {
  // The CMS refuses to load its configuration, even for `strapi build`, without them.
  const build = stagesOf('cms/Dockerfile')
    .flatMap((stage) => stage.instructions)
    .find((i) => i.keyword === 'RUN' && /strapi build/.test(i.args));
  expect(build).toBeDefined();
  for (const name of SECRET_NAMES) expect(build?.args).toContain(`'${name}'`);
  // Generated at build time, never written down.
  expect(build?.args).toContain('randomBytes');
});

describe('cms/Dockerfile carries the backup tool', () => {
  const stages = stagesOf('cms/Dockerfile');
  const final = finalStage(stages);
  const env = envOf(stages, final);
  const workdir = lastArgs(final, 'WORKDIR') ?? '/';
  const user = lastArgs(final, 'USER')?.split(':')[0] ?? 'root';
  const image: ImageContext = { stages, repoRoot: REPO_ROOT, ignoreRules };
  // The tool finds the CMS at ../../cms from its own folder (scripts/backup/paths.ts), so the image
  // holds the repository's files at the same paths under one root: the CMS's parent folder.
  const root = path.posix.dirname(workdir);
  const inImage = (file: string): string | undefined => contextSourceOf(image, final, `${root}/${file}`);
  const toolDir = path.join(REPO_ROOT, 'scripts/backup');
  // Every command in scripts/backup (the tests aside), and all they load.
  const commands = readdirSync(toolDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(toolDir, name));
  const code = loadedCode(commands, 'requireFromCms');
  const repoPath = (file: string): string => path.relative(REPO_ROOT, file);

  /** The shell commands of the final stage's RUNs that name `dir` (resolved from their WORKDIR). */
  const commandsOn = (dir: string): string[] =>
    final.instructions
      .filter((i) => i.keyword === 'RUN')
      .flatMap((i) =>
        i.args
          .split(/&&|;/)
          .map((command) => command.trim())
          .filter((command) =>
            command
              .split(/\s+/)
              .some((word) => path.posix.resolve(workdirAt(stages, final, i.line), word) === dir),
          ),
      );

  test('runs the CMS from the repository layout: the CMS in <root>/cms', () => {
    expect(workdir).toMatch(/\/cms$/);
    expect(inImage('cms/src/index.ts')).toBe('cms/src/index.ts');
    expect(inImage('cms/package.json')).toBe('cms/package.json');
  });

  test('holds every module the backup commands load, each where the repository has it', () => {
    const modules = code.files.map(repoPath);
    expect(modules).toEqual(
      expect.arrayContaining([
        'scripts/backup/backup.ts',
        'scripts/backup/restore.ts',
        'scripts/backup/paths.ts',
      ]),
    );
    expect(modules.filter((file) => file.includes('__tests__'))).toEqual([]);
    expect(modules.filter((file) => inImage(file) !== file)).toEqual([]);
  });

  test('runs them as ES modules: the package.json nearest to each is in the image and says so', () => {
    const nearest = (file: string): string => {
      for (let dir = path.dirname(file); dir.startsWith(REPO_ROOT); dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'package.json'))) return repoPath(path.join(dir, 'package.json'));
      }
      throw new Error(`no package.json above ${file}`);
    };
    const manifests = [...new Set(code.files.map(nearest))];
    expect(manifests).toEqual(['scripts/package.json']);
    for (const manifest of manifests) {
      expect({ manifest, inImage: inImage(manifest) }).toEqual({ manifest, inImage: manifest });
      const { type } = JSON.parse(readFileSync(path.join(REPO_ROOT, manifest), 'utf8')) as { type?: string };
      expect({ manifest, type }).toEqual({ manifest, type: 'module' });
    }
  });

  test("installs every package they load at run time with the CMS's production dependencies", () => {
    // The image's node_modules is a stage's `npm ci --workspace cms --omit=dev`.
    const copy = copies([final]).find(
      (c) => path.posix.resolve(workdirAt(stages, final, c.line), c.destination) === `${root}/node_modules`,
    );
    const from = stages.find((stage) => stage.name === copy?.from);
    const install = from?.instructions.find((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(install?.args).toMatch(/--workspace[= ]cms\b/);
    expect(install?.args).toMatch(/--omit[= ]dev\b/);
    const installed = productionInstall(REPO_ROOT, 'cms');
    // Imported by name from <root>/scripts/backup: found in <root>/node_modules.
    expect(code.packages).toContain('zod');
    expect(code.packages.filter((name) => !installed.has(`node_modules/${name}`))).toEqual([]);
    // Loaded with requireFromCms: found from <root>/cms.
    expect(code.packagesVia).toEqual(expect.arrayContaining(['@strapi/strapi', '@strapi/data-transfer']));
    const missing = code.packagesVia.filter((name) => !lookupPath('cms', name).some((l) => installed.has(l)));
    expect(missing).toEqual([]);
  });

  test('points the tool at the compiled CMS the image runs (nothing compiled at run time)', () => {
    // `strapi start` runs the CMS compiled into dist/ in its working directory.
    expect(env.BACKUP_CMS_DIST_DIR).toBe(`${workdir}/dist`);
    expect(lastArgs(final, 'CMD')).toMatch(/strapi(\.js)?",\s*"start"/);
  });

  test('gives the user the CMS runs as the folders it writes: public/ and the backups (private)', () => {
    expect(env.BACKUP_DIR).toMatch(/^\//);
    for (const dir of [`${workdir}/public`, env.BACKUP_DIR ?? '']) {
      const owned = commandsOn(dir).some(
        (command) =>
          new RegExp(`^install\\b.*\\s-o\\s+${user}\\b`).test(command) ||
          new RegExp(`^chown\\s+(-\\S+\\s+)*${user}(:\\S+)?\\s`).test(command),
      );
      expect({ dir, owned }).toEqual({ dir, owned: true });
    }
    const privateDir = commandsOn(env.BACKUP_DIR ?? '').some((command) =>
      /^(install\b.*\s-m\s*0?700\b|chmod\s+0?700\s)/.test(command),
    );
    expect(privateDir).toBe(true);
  });
});
