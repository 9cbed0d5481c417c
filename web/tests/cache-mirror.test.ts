/**
 * Build caches mirror the content. The real rebuild service and its real warm build worker build
 * the site from a real CMS (into a private copy of web/, as tests and benchmarks must); an
 * article is deleted, another unpublished, a third renamed and a guide with its own PDF withdrawn,
 * and after the next build none of their pages, images or files is in any cache the build path
 * keeps (Astro's page and image caches, its content store and manifest, the CMS file cache and its
 * manifests, the next build's prepared folder): only the release kept for rollback still has them.
 * The running system's own caches in web/ are not touched by any of this, nor by a build run the
 * way the benchmarks run it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { seedDemoContent } from '../../cms/src/seed';
import { pdfFile, pngFile, type TestFile } from '../../cms/tests/helpers/files';
import { startTestCms, TEST_SECRETS, type TestCms } from '../../cms/tests/helpers/strapi';
import { makeFixture, startService, stopAll, type Fixture } from '../../scripts/rebuild/__tests__/helpers';
import { createMemoryLogger } from '../../scripts/rebuild/logger';
import { liveRelease, preparedDir, releaseDir } from '../../scripts/rebuild/releases';
import type { RebuildService } from '../../scripts/rebuild/service';
import { createWarmBuilder, type WarmBuilder } from '../../scripts/rebuild/warm-build/warm-builder';
import { benchWebRoot, runSiteBuild } from '../../scripts/bench/lib/site-build';
import { cleanUp as cleanUpBench } from '../../scripts/bench/lib/cleanup';
import { fingerprintRunningSystemCaches } from './support/cache-fingerprint';
import { createIsolatedWebRoot, type WebRoot } from './support/isolated-web-root';

jest.setTimeout(600_000);

const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const SLUGS = {
  deleted: 'cache-probe-deleted-article',
  unpublished: 'cache-probe-unpublished-article',
  oldName: 'cache-probe-old-name',
  newName: 'cache-probe-new-name',
  guide: 'cache-probe-withdrawn-guide',
} as const;
/** Upload names: Astro names optimised images, and the file cache names files, after them. */
const COVER = 'cache-probe-cover.png';
const COVER_STEM = 'cache_probe_cover';
const GUIDE_PDF = 'cache-probe-guide.pdf';

let cms: TestCms;
let cmsUrl: string;
let root: WebRoot;
let fixture: Fixture;
let warm: WarmBuilder;
let service: RebuildService;
let ids: Record<'deleted' | 'unpublished' | 'renamed' | 'guide', string>;
let systemBefore: ReturnType<typeof fingerprintRunningSystemCaches>;
let firstRelease: string;

const docs = (uid: string) =>
  cms.strapi.documents(uid as never) as unknown as {
    create: (p: Record<string, unknown>) => Promise<{ documentId: string }>;
    update: (p: Record<string, unknown>) => Promise<unknown>;
    publish: (p: Record<string, unknown>) => Promise<unknown>;
    unpublish: (p: Record<string, unknown>) => Promise<unknown>;
    delete: (p: Record<string, unknown>) => Promise<unknown>;
  };

const upload = async (strapi: Core.Strapi, file: TestFile): Promise<number> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cache-probe-upload-'));
  try {
    const filepath = path.join(dir, file.filename);
    writeFileSync(filepath, file.content);
    const service = strapi.plugin('upload').service('upload') as {
      upload: (input: unknown) => Promise<Array<{ id: number }>>;
    };
    const [uploaded] = await service.upload({
      data: { fileInfo: { name: file.filename, alternativeText: 'A probe' } },
      files: {
        filepath,
        originalFilename: file.filename,
        mimetype: file.contentType,
        size: file.content.length,
      },
    });
    if (!uploaded) throw new Error(`no upload for ${file.filename}`);
    return uploaded.id;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The slug is the probe: the words never repeat it (a renamed page must not mention its old slug). */
const article = (slug: string, extra: Record<string, unknown> = {}) => ({
  title: `A probe article, number ${Object.values(SLUGS).indexOf(slug as never) + 1}`,
  slug,
  summary: 'An article the test publishes and then takes away.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Probe body.' }] }],
  category: 'news',
  ...extra,
});

const createPublished = async (uid: string, data: Record<string, unknown>): Promise<string> => {
  const { documentId } = await docs(uid).create({ locale: 'en', data });
  await docs(uid).publish({ documentId, locale: 'en' });
  return documentId;
};

/** One build through the service, as a publish would: it must go live. */
const build = async (): Promise<string> => {
  service.trigger({ note: 'cache mirror test', allowShrink: true });
  await service.whenIdle();
  const record = service.status({ includeLogs: true }).history[0];
  if (record?.kind !== 'build' || record.result !== 'success') {
    throw new Error(`the build failed: ${JSON.stringify(record, null, 1).slice(0, 4000)}`);
  }
  return record.release;
};

/** Every file and folder under `dir` (relative paths), and every text file's content. */
const walk = (dir: string): Array<{ rel: string; text: string | null }> => {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.map((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    const text =
      entry.isFile() && /\.(html|json|xml|txt|mjs|js)$/.test(entry.name) ? readFileSync(full, 'utf8') : null;
    return { rel: path.relative(dir, full), text };
  });
};

/** The caches the build path keeps for the next build, by name. */
const keptCaches = (): Record<string, string> => ({
  'Astro cache and content store': path.join(root.dir, 'node_modules', '.astro'),
  'CMS file cache and manifests': path.join(root.dir, 'node_modules', '.cache'),
  "Astro's generated files": path.join(root.dir, '.astro'),
  "the next build's prepared folder": preparedDir(fixture.dataDir),
});

/** Where a probe is found in a folder: file or folder names holding it, and files mentioning it. */
const traces = (dir: string, probe: string): string[] =>
  walk(dir).flatMap(({ rel, text }) => [
    ...(rel.includes(probe) ? [`named ${rel}`] : []),
    ...(text?.includes(probe) ? [`mentioned in ${rel}`] : []),
  ]);

const tracesInCaches = (probe: string): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(keptCaches())
      .map(([name, dir]) => [name, traces(dir, probe)] as const)
      .filter(([, found]) => found.length > 0),
  );

beforeAll(async () => {
  systemBefore = fingerprintRunningSystemCaches();
  cms = await startTestCms();
  await seedDemoContent(cms.strapi, { today: new Date() });
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const cover = await upload(cms.strapi, pngFile(COVER));
  const guidePdf = await upload(cms.strapi, pdfFile(GUIDE_PDF, 2048));
  ids = {
    deleted: await createPublished(
      ARTICLE,
      article(SLUGS.deleted, { cover: { image: cover, alt: 'A probe cover' } }),
    ),
    unpublished: await createPublished(ARTICLE, article(SLUGS.unpublished)),
    renamed: await createPublished(ARTICLE, article(SLUGS.oldName)),
    guide: await createPublished(RESOURCE, {
      title: 'Probe guide',
      slug: SLUGS.guide,
      summary: 'A probe guide with a file of its own.',
      type: 'guide',
      files: [{ language: 'en', file: guidePdf }],
    }),
  };

  root = createIsolatedWebRoot('cache-mirror-');
  const buildEnv = {
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    CMS_URL: cmsUrl,
    BUILD_API_TOKEN: TEST_SECRETS.BUILD_API_TOKEN,
    // The test CMS put the preview's token in this process's environment: the build refuses it.
    PREVIEW_API_TOKEN: '',
    SITE_URL: 'https://site.test',
  };
  fixture = makeFixture({ buildCommand: null, webRoot: root.dir, buildEnv, buildTimeoutMs: 300_000 });
  warm = createWarmBuilder({ webRoot: root.dir, env: buildEnv, logger: createMemoryLogger() });
  ({ service } = await startService(fixture, {
    runBuild: warm.runBuild,
    updateSearchIndex: warm.updateSearchIndex,
    prepareNextBuild: warm.prepareNextBuild,
  }));
  firstRelease = await build();
});

afterAll(async () => {
  await stopAll();
  await warm?.close();
  fixture?.cleanup();
  root?.remove();
  await cms?.stop();
});

const firstReleaseHas = (rel: string): boolean =>
  walk(releaseDir(fixture.dataDir, firstRelease)).some((entry) => entry.rel === rel);

test('a deleted, an unpublished and a renamed article and a withdrawn guide leave every cache in the next build', async () => {
  // They are in the caches now, each where the check below looks: otherwise it could not fail.
  for (const probe of [SLUGS.deleted, SLUGS.unpublished, SLUGS.oldName, SLUGS.guide]) {
    expect(Object.keys(tracesInCaches(probe))).toEqual(
      expect.arrayContaining(['Astro cache and content store', "the next build's prepared folder"]),
    );
  }
  expect(Object.keys(tracesInCaches(COVER_STEM))).toContain('Astro cache and content store');
  expect(Object.keys(tracesInCaches(GUIDE_PDF))).toContain('CMS file cache and manifests');

  await docs(ARTICLE).delete({ documentId: ids.deleted, locale: '*' });
  await docs(ARTICLE).unpublish({ documentId: ids.unpublished, locale: 'en' });
  await docs(ARTICLE).update({ documentId: ids.renamed, locale: 'en', data: { slug: SLUGS.newName } });
  await docs(ARTICLE).publish({ documentId: ids.renamed, locale: 'en' });
  await docs(RESOURCE).unpublish({ documentId: ids.guide, locale: 'en' });

  const secondRelease = await build();

  const gone = [SLUGS.deleted, SLUGS.unpublished, SLUGS.oldName, SLUGS.guide, COVER_STEM, GUIDE_PDF];
  const left = gone
    .map((probe) => [probe, tracesInCaches(probe)] as const)
    .filter(([, found]) => Object.keys(found).length > 0);
  expect(Object.fromEntries(left)).toEqual({});
  // The renamed article is cached under its new name, and the live site is right.
  expect(Object.keys(tracesInCaches(SLUGS.newName))).toContain('Astro cache and content store');
  const live = walk(releaseDir(fixture.dataDir, secondRelease)).map((entry) => entry.rel);
  expect(live).toContain(`news/${SLUGS.newName}/index.html`);
  // Their old addresses hold only the static hosts' fallbacks (redirects/write-redirects.ts): the
  // 410 page for the removed ones, a redirect to the new name for the renamed one; never the article.
  const releasePage = (rel: string): string =>
    readFileSync(path.join(releaseDir(fixture.dataDir, secondRelease), rel, 'index.html'), 'utf8');
  for (const gone of [`news/${SLUGS.deleted}`, `news/${SLUGS.unpublished}`]) {
    const page = releasePage(gone);
    expect(page).toContain('noindex');
    expect(page).not.toContain(gone);
    expect(page).toBe(releasePage('410'));
  }
  const moved = releasePage(`news/${SLUGS.oldName}`);
  expect(moved).toContain(`http-equiv="refresh" content="0; url=`);
  expect(moved).toContain(`/news/${SLUGS.newName}/`);
  // The release kept for rollback is the only place the old pages stay.
  expect(liveRelease(fixture.dataDir)).toBe(secondRelease);
  expect(firstReleaseHas(`news/${SLUGS.deleted}/index.html`)).toBe(true);
  expect(firstReleaseHas(`news/${SLUGS.oldName}/index.html`)).toBe(true);
  expect(firstReleaseHas(`resources/${SLUGS.guide}/index.html`)).toBe(true);
});

test("a build the way the benchmarks run it leaves the running system's caches in web/ untouched", async () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'cache-mirror-bench-'));
  try {
    const built = await runSiteBuild(
      { cmsUrl, buildToken: TEST_SECRETS.BUILD_API_TOKEN, siteUrl: 'https://site.test' },
      benchWebRoot().dir,
      outDir,
    );
    expect({ code: built.code, tail: built.lines.slice(-5).map((l) => l.text) }).toMatchObject({ code: 0 });
  } finally {
    await cleanUpBench();
    rmSync(outDir, { recursive: true, force: true });
  }
  // The benchmark's copy of the site is gone with its caches.
  const leftovers = readdirSync(path.dirname(root.dir)).filter((name) =>
    name.startsWith(`bench-web-${process.pid}-`),
  );
  expect(leftovers).toEqual([]);
  // And so far nothing here (the warm worker's builds included) wrote into web/'s own caches.
  expect(fingerprintRunningSystemCaches()).toEqual(systemBefore);
});
