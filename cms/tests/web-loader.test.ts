/**
 * The site's Strapi loader against a real CMS: ~130 published articles and a draft, a full sync,
 * then incremental syncs after an edit, a delete, an unpublish, a renamed then unpublished topic
 * and a new translation. Proves the GraphQL documents, filters and paging the loader relies on hold for the
 * real Strapi (SQLite and PostgreSQL), read with the read-only build token and the CMS's sync
 * index (siteSyncIndex).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

/*
 * The loader is web code, type-checked by web/tsconfig.json (which resolves Astro's types); the
 * CMS's tsconfig cannot follow it, so it is loaded at run time, typed by the little used here.
 */
type SyncCounts = {
  mode: string;
  fetched: number;
  deleted: number;
  unchanged: number;
  total: number;
  requests: number;
};
type FakeContext = {
  entries: Map<string, { data: Record<string, unknown> }>;
  metaValues: Map<string, string>;
  writes: string[];
};
type WebLoader = {
  newsSchema: unknown;
  META_KEYS: { mark: string };
  parseLoaderSettings: (input: { url: string; token: string }) => unknown;
  syncFromCms: (
    ctx: FakeContext,
    options: { collection: 'news'; settings: unknown; filesCacheDir: string },
  ) => Promise<SyncCounts>;
  fakeContext: (collection: string, schema: unknown) => FakeContext;
};
const WEB_SRC = path.resolve(__dirname, '..', '..', 'web', 'src');
const loadWebLoader = async (): Promise<WebLoader> => {
  const from = (file: string) => import(path.join(WEB_SRC, file)) as Promise<Record<string, unknown>>;
  const modules = await Promise.all([
    from('lib/cms/schemas/index.ts'),
    from('loaders/strapi/context.ts'),
    from('loaders/strapi/options.ts'),
    from('loaders/strapi/sync.ts'),
    from('loaders/strapi/__tests__/helpers/fake-context.ts'),
  ]);
  return Object.assign({}, ...modules) as WebLoader;
};

const ARTICLE = 'api::article.article';
const TOPIC = 'api::topic.topic';
const PUBLISHED_ARTICLES = 130;

type Documents = {
  create: (params: Record<string, unknown>) => Promise<{ documentId: string }>;
  update: (params: Record<string, unknown>) => Promise<unknown>;
  publish: (params: Record<string, unknown>) => Promise<unknown>;
  unpublish: (params: Record<string, unknown>) => Promise<unknown>;
  delete: (params: Record<string, unknown>) => Promise<unknown>;
};
const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as unknown as Documents;
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const article = (n: number, extra: Record<string, unknown> = {}) => ({
  title: `Article ${n}`,
  slug: `article-${n}`,
  summary: `Summary ${n}`,
  body: paragraph(`Body ${n}`),
  category: 'news',
  ...extra,
});

let web: WebLoader;
let cms: TestCms;
let url: string;
let cacheDir: string;
let ctx: FakeContext;
let topicId: string;
const articleIds: string[] = [];

const sync = (): Promise<SyncCounts> =>
  web.syncFromCms(ctx, {
    collection: 'news',
    settings: web.parseLoaderSettings({ url, token: TEST_SECRETS.BUILD_API_TOKEN }),
    filesCacheDir: cacheDir,
  });
const entryData = (id: string): Record<string, unknown> | undefined => ctx.entries.get(id)?.data;
const hasEntry = (id: string): boolean => ctx.entries.has(id);

/** Strapi stamps updatedAt in milliseconds: keep each change visibly after the last sync. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

// `testTimeout` in a jest project is ignored; booting and filling a CMS on PostgreSQL takes a while.
jest.setTimeout(60_000);

beforeAll(async () => {
  web = await loadWebLoader();
  cms = await startTestCms();
  await new Promise<void>((resolve) => cms.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(cms.strapi.server.httpServer.address() as AddressInfo).port}`;
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'web-loader-'));

  topicId = (
    await docs(cms.strapi, TOPIC).create({
      data: { name: 'Asylum', slug: 'asylum' },
      locale: 'en',
      status: 'published',
    })
  ).documentId;
  for (let n = 0; n < PUBLISHED_ARTICLES; n += 1) {
    const topics = n < 2 ? [topicId] : [];
    const created = await docs(cms.strapi, ARTICLE).create({
      data: article(n, { topics }),
      locale: 'en',
      status: 'published',
    });
    articleIds.push(created.documentId);
  }
  await docs(cms.strapi, ARTICLE).create({ data: article(999, { title: 'Draft only' }), locale: 'en' });
  ctx = web.fakeContext('news', web.newsSchema);
}, 120_000);

afterAll(async () => {
  await cms?.stop();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

describe('the web loader against a real CMS', () => {
  it('reads every published article, over several pages, and no draft', async () => {
    const started = performance.now();
    const counts = await sync();
    const seconds = (performance.now() - started) / 1000;

    expect(counts).toMatchObject({
      mode: 'full',
      fetched: PUBLISHED_ARTICLES,
      deleted: 0,
      total: PUBLISHED_ARTICLES,
    });
    // 130 entries at 100 a page: two pages for English, none for the locales without an article.
    expect(counts.requests).toBe(2);
    expect(hasEntry('en/article-999')).toBe(false);
    expect(entryData('en/article-129')).toMatchObject({
      documentId: articleIds[129],
      locale: 'en',
      slug: 'article-129',
      title: 'Article 129',
      category: 'news',
      body: paragraph('Body 129'),
      localizations: [],
    });
    expect(entryData('en/article-0')?.topics).toEqual([
      { documentId: topicId, slug: 'asylum', name: 'Asylum' },
    ]);
    expect(ctx.metaValues.get(web.META_KEYS.mark)).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Figures for the report (visible with --verbose).
    process.stdout.write(`web-loader: full sync of ${counts.total} articles in ${seconds.toFixed(2)} s\n`);
  });

  it('fetches only the edited entry and removes the deleted one on the next sync', async () => {
    await tick();
    await docs(cms.strapi, ARTICLE).update({
      documentId: articleIds[50],
      locale: 'en',
      data: { title: 'Article 50, corrected' },
    });
    await docs(cms.strapi, ARTICLE).publish({ documentId: articleIds[50], locale: 'en' });
    await docs(cms.strapi, ARTICLE).delete({ documentId: articleIds[60], locale: '*' });
    ctx.writes.length = 0;

    const counts = await sync();

    expect(counts).toMatchObject({
      mode: 'incremental',
      fetched: 1,
      deleted: 1,
      unchanged: PUBLISHED_ARTICLES - 2,
      total: PUBLISHED_ARTICLES - 1,
    });
    // One request, for the edited article by its documentId.
    expect(counts.requests).toBe(1);
    expect(ctx.writes).toEqual(['en/article-50']);
    expect(entryData('en/article-50')?.title).toBe('Article 50, corrected');
    expect(hasEntry('en/article-60')).toBe(false);
  });

  it('drops an unpublished entry, and fetches nothing when nothing changed', async () => {
    await tick();
    await docs(cms.strapi, ARTICLE).unpublish({ documentId: articleIds[70], locale: 'en' });
    expect(await sync()).toMatchObject({ fetched: 0, deleted: 1, total: PUBLISHED_ARTICLES - 2 });
    expect(hasEntry('en/article-70')).toBe(false);
    const counts = await sync();
    expect(counts).toMatchObject({ fetched: 0, deleted: 0, unchanged: PUBLISHED_ARTICLES - 2 });
    expect(counts.requests).toBe(0);
  });

  it('refetches the articles that show a renamed topic', async () => {
    await tick();
    await docs(cms.strapi, TOPIC).update({
      documentId: topicId,
      locale: 'en',
      data: { name: 'Asylum claims' },
    });
    await docs(cms.strapi, TOPIC).publish({ documentId: topicId, locale: 'en' });

    const counts = await sync();

    expect(counts).toMatchObject({ fetched: 2 });
    expect(entryData('en/article-1')?.topics).toEqual([
      { documentId: topicId, slug: 'asylum', name: 'Asylum claims' },
    ]);
  });

  it('removes an unpublished topic from the articles that showed it', async () => {
    await tick();
    await docs(cms.strapi, TOPIC).unpublish({ documentId: topicId, locale: 'en' });

    const counts = await sync();

    // Strapi drops the link without touching the articles: found because the index no longer
    // lists the topic.
    expect(counts).toMatchObject({ fetched: 2, deleted: 0 });
    expect(entryData('en/article-0')?.topics).toEqual([]);
    expect(entryData('en/article-1')?.topics).toEqual([]);
  });

  it('adds a new translation and links it both ways', async () => {
    await tick();
    await docs(cms.strapi, ARTICLE).update({
      documentId: articleIds[5],
      locale: 'ar',
      data: article(5, { title: 'مقال 5', slug: 'maqal-5' }),
      status: 'published',
    });
    await docs(cms.strapi, ARTICLE).publish({ documentId: articleIds[5], locale: 'ar' });

    const counts = await sync();

    expect(counts).toMatchObject({ fetched: 1, total: PUBLISHED_ARTICLES - 1 });
    expect(entryData('ar/maqal-5')).toMatchObject({
      locale: 'ar',
      title: 'مقال 5',
      localizations: [{ locale: 'en', slug: 'article-5' }],
    });
    expect(entryData('en/article-5')?.localizations).toEqual([{ locale: 'ar', slug: 'maqal-5' }]);
  });
});
