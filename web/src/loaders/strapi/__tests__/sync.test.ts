import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newsSchema } from '../../../lib/cms/schemas';
import { META_KEYS, type SyncCounts } from '../context';
import { parseLoaderSettings } from '../options';
import { syncFromCms } from '../sync';
import { startFakeCms, type FakeCms } from './helpers/fake-cms';
import { fakeContext, type FakeContext } from './helpers/fake-context';
import { articleNode, at, topicNode } from './helpers/nodes';

let cms: FakeCms;
let cacheDir: string;

beforeEach(async () => {
  cms = await startFakeCms({ locales: ['en', 'ar'] });
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'loader-test-'));
});
afterEach(async () => {
  await cms.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const sync = (ctx: FakeContext): Promise<SyncCounts> =>
  syncFromCms(ctx, {
    collection: 'news',
    settings: parseLoaderSettings({ url: cms.url, token: cms.token }),
    filesCacheDir: cacheDir,
  });

const newsRequests = () => cms.requests.filter((r) => r.operationName.startsWith('News'));

describe('strapi loader sync (against a fake CMS)', () => {
  it('walks every page of every locale and stores every entry', async () => {
    cms.documents.News = [
      ...Array.from({ length: 250 }, (_, i) => articleNode(i)),
      articleNode(1, { locale: 'ar', slug: 'article-1-ar' }),
    ];
    const ctx = fakeContext('news', newsSchema);
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ mode: 'full', fetched: 251, deleted: 0, total: 251 });
    expect(ctx.entries.size).toBe(251);
    const pages = newsRequests().filter((r) => r.variables.locale === 'en');
    expect(pages.map((r) => r.variables.page)).toEqual([1, 2, 3]);
    expect(pages.every((r) => r.variables.pageSize === 100)).toBe(true);
    expect(ctx.entries.get('en/article-249')?.data).toMatchObject({ title: 'Article 249', locale: 'en' });
    // The English and Arabic versions of one document point at each other.
    expect(ctx.entries.get('en/article-1')?.data.localizations).toEqual([
      { locale: 'ar', slug: 'article-1-ar' },
    ]);
    expect(ctx.entries.get('ar/article-1-ar')?.data.localizations).toEqual([
      { locale: 'en', slug: 'article-1' },
    ]);
    expect(ctx.logs.some((l) => /news: fetched 251 changed, 0 deleted, 0 unchanged/.test(l.message))).toBe(
      true,
    );
  });

  it('fails loudly when the CMS returns fewer entries than it counted', async () => {
    cms.documents.News = Array.from({ length: 150 }, (_, i) => articleNode(i));
    cms.totalSkew = 1;
    await expect(sync(fakeContext('news', newsSchema))).rejects.toThrow(
      /news \(all entries, locale (en|ar)\): the CMS reported \d+ entries but \d+ arrived/,
    );
  });

  it('fetches only what changed since the mark on the next sync', async () => {
    cms.documents.News = Array.from({ length: 120 }, (_, i) => articleNode(i));
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(1));

    const edited = cms.documents.News[7]!;
    Object.assign(edited, { title: 'Edited', updatedAt: at(30) });
    cms.requests.length = 0;
    ctx.writes.length = 0;
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ mode: 'incremental', fetched: 1, deleted: 0, unchanged: 119, total: 120 });
    expect(ctx.writes).toEqual(['en/article-7']);
    expect(ctx.entries.get('en/article-7')?.data.title).toBe('Edited');
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(30));
    const changedQuery = newsRequests().find((r) => r.operationName === 'NewsPage');
    expect(JSON.stringify(changedQuery?.variables.filters)).toContain(`"gt":"${at(1)}"`);
    expect(JSON.parse(ctx.metaValues.get(META_KEYS.lastSync) ?? '{}')).toMatchObject({
      fetched: 1,
      unchanged: 119,
    });
  });

  it('removes deleted and unpublished entries found by the id-only scan', async () => {
    cms.documents.News = Array.from({ length: 130 }, (_, i) => articleNode(i));
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    cms.documents.News = cms.documents.News.filter((d) => d.slug !== 'article-3' && d.slug !== 'article-100');
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ fetched: 0, deleted: 2, unchanged: 128, total: 128 });
    expect(ctx.entries.has('en/article-3')).toBe(false);
    expect(ctx.entries.has('en/article-100')).toBe(false);
    // The id-only scan pages through everything (two pages for 128 entries); the full sync had none.
    const scans = newsRequests().filter((r) => r.operationName === 'NewsIds' && r.variables.locale === 'en');
    expect(scans.map((r) => r.variables.page)).toEqual([1, 2]);
  });

  it('refetches entries whose linked topic changed, and follows a slug change', async () => {
    cms.documents.Topics = [{ ...topicNode('t1', 'en', 'Asylum'), locale: 'en' }];
    cms.documents.News = [articleNode(1, { topics: [topicNode('t1', 'en', 'Asylum')] }), articleNode(2)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    cms.documents.Topics = [{ ...topicNode('t1', 'en', 'Asylum claims', at(40)), locale: 'en' }];
    cms.documents.News[0]!.topics = [topicNode('t1', 'en', 'Asylum claims', at(40))];
    Object.assign(cms.documents.News[1]!, { slug: 'article-2-renamed', updatedAt: at(41) });
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ fetched: 2, deleted: 0, total: 2 });
    // Found by the "changed since the mark" query, through the relation filter.
    const changed = newsRequests().filter(
      (r) => r.operationName === 'NewsPage' && r.variables.locale === 'en',
    );
    expect(JSON.stringify(changed.at(-1)?.variables.filters)).toContain('"topics":{"updatedAt"');
    expect(ctx.entries.get('en/article-1')?.data.topics).toEqual([
      { documentId: 't1', slug: 'asylum-claims', name: 'Asylum claims' },
    ]);
    expect(ctx.entries.has('en/article-2')).toBe(false);
    expect(ctx.entries.has('en/article-2-renamed')).toBe(true);
  });

  it('refetches an entry whose relation target was unpublished (its updatedAt did not move)', async () => {
    const topic = { ...topicNode('t1', 'en', 'Asylum'), locale: 'en' };
    cms.documents.Topics = [topic];
    cms.documents.News = [articleNode(1, { topics: [topicNode('t1', 'en', 'Asylum')] }), articleNode(2)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    // Nothing changed: the topic still exists, so nothing is fetched.
    expect(await sync(ctx)).toMatchObject({ fetched: 0, unchanged: 2 });

    // Unpublishing the topic removes the link in the CMS without touching the article.
    cms.documents.Topics = [];
    cms.documents.News[0]!.topics = [];
    const counts = await sync(ctx);
    expect(counts).toMatchObject({ fetched: 1, unchanged: 1 });
    expect(ctx.entries.get('en/article-1')?.data.topics).toEqual([]);
    // The topics were scanned by id only, in every locale.
    expect(cms.requests.filter((r) => r.operationName === 'TopicsIds').length).toBeGreaterThan(0);
    expect(cms.requests.some((r) => r.operationName === 'TopicsPage')).toBe(false);
  });

  it('updates the language switcher of existing entries when a translation is published', async () => {
    cms.documents.News = [articleNode(1)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    cms.documents.News.push(articleNode(1, { locale: 'ar', slug: 'article-1-ar', updatedAt: at(50) }));
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ fetched: 1, total: 2 });
    expect(ctx.entries.get('en/article-1')?.data.localizations).toEqual([
      { locale: 'ar', slug: 'article-1-ar' },
    ]);
  });

  it('syncs in full again when the store was filled from another CMS', async () => {
    cms.documents.News = [articleNode(1)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    ctx.metaValues.set(META_KEYS.source, 'format 1 from http://elsewhere.example');
    const counts = await sync(ctx);
    expect(counts).toMatchObject({ mode: 'full', fetched: 1 });
  });

  it('rejects data that breaks the collection contract', async () => {
    cms.documents.News = [articleNode(1, { category: 'gossip' })];
    await expect(sync(fakeContext('news', newsSchema))).rejects.toThrow();
  });
});
