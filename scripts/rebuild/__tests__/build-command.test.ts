import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parseRebuildEnv } from '../env.ts';
import { liveRelease, releaseDir } from '../releases.ts';
import { makeFixture, SECRET, startService, stopAll, type Fixture } from './helpers.ts';

let fixture: Fixture;
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

// A build written as a shell one-liner: everything it knows comes from {out} and its environment.
const SHELL_BUILD =
  'echo "<p>release:$REBUILD_RELEASE_ID</p>" > {out}/index.html && cp {out}/index.html {out}/404.html && ' +
  'env > {out}/env.txt && test "$SITE_OUT_DIR" = {out}';

it('replaces {out} with the release directory, quoted, even when the path has spaces and quotes', async () => {
  fixture = makeFixture();
  const dataDir = path.join(fixture.root, "site data 'n' more");
  const { service } = await startService(fixture, { config: { dataDir, buildCommand: SHELL_BUILD } });
  service.trigger();
  await service.whenIdle();
  expect(service.status({ includeLogs: true }).history[0]).toMatchObject({ result: 'success', pageCount: 2 });
  const live = liveRelease(dataDir) as string;
  const page = await request(service.siteHandler).get('/');
  expect(page.text).toContain(`release:${live}`);
});

it('gives the build the service environment without the webhook secret', async () => {
  fixture = makeFixture();
  const config = parseRebuildEnv(
    { PATH: process.env.PATH, WEBHOOK_SECRET: SECRET, CMS_URL: 'http://127.0.0.1:1', BUILD_API_TOKEN: 'tok' },
    fixture.root,
  );
  const { service } = await startService(fixture, {
    config: { buildCommand: SHELL_BUILD, buildEnv: config.buildEnv },
  });
  service.trigger();
  await service.whenIdle();
  const env = readFileSync(
    path.join(releaseDir(fixture.dataDir, liveRelease(fixture.dataDir) as string), 'env.txt'),
    'utf8',
  );
  expect(env).toContain('CMS_URL=http://127.0.0.1:1\n');
  expect(env).toContain('BUILD_API_TOKEN=tok\n');
  expect(env).toMatch(/^SITE_OUT_DIR=\/.+\/releases\/\.building$/m);
  expect(env).not.toContain('WEBHOOK_SECRET');
  expect(env).not.toContain(SECRET);
});
