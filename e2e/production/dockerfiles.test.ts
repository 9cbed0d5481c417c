/**
 * The images docker-compose.yml builds, checked statically (no Docker engine here): each runs
 * as an unprivileged user with a health check, the Node images are Node 24, nothing is fetched
 * from the internet but npm and Debian packages, and every COPY names a file that exists and
 * that .dockerignore lets into the build context (which is the repository root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SECRET_NAMES } from '../../cms/src/env';
import { REPO_ROOT, yamlToJson } from './deploy-files/compose-config';
import { readComposeModel, type Service } from './deploy-files/compose-model';
import { copies, finalStage, lastArgs, parseDockerfile, type Stage } from './deploy-files/dockerfile';
import { isIgnored, parseDockerignore } from './deploy-files/dockerignore';

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

test('the compose file builds the CMS, the rebuild worker and the web server from Dockerfiles here', () => {
  expect(built.map((s) => [s.name, s.dockerfile])).toEqual([
    ['cms', 'cms/Dockerfile'],
    ['rebuild', 'deploy/rebuild/Dockerfile'],
    ['web', 'deploy/web/Dockerfile'],
  ]);
});

describe.each(built.map((s) => [s.dockerfile, s] as const))('%s', (dockerfile, s) => {
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
