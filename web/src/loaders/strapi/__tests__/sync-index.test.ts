/**
 * Incremental sync with the CMS's sync index (siteSyncIndex): edits, deletions, unpublished
 * relation targets and new translations found from the index, with no request for a collection
 * the index shows unchanged.
 */
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
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'loader-index-test-'));
});
afterEach(async () => {
  await cms.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const sync = (ctx: FakeContext, fetchImpl?: typeof fetch): Promise<SyncCounts> =>
  syncFromCms(ctx, {
    collection: 'news',
    settings: parseLoaderSettings({ url: cms.url, token: cms.token }),
    filesCacheDir: cacheDir,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });

/** Requests of one sync, by operation name (locales, media fingerprint and index included). */
const operations = () => cms.requests.map((r) => r.operationName);
const newsRequests = () => cms.requests.filter((r) => r.operationName.startsWith('News'));
const topic = (name: string, updatedAt = at(0)) => ({
  ...topicNode('t1', 'en', name, updatedAt),
  locale: 'en',
});

/** A store synced in full from 120 articles, with the request log cleared. */
const synced = async (): Promise<FakeContext> => {
  cms.documents.news = Array.from({ length: 120 }, (_, i) => articleNode(i));
  const ctx = fakeContext('news', newsSchema);
  await sync(ctx);
  cms.requests.length = 0;
  ctx.writes.length = 0;
  return ctx;
};

describe('strapi loader sync with the sync index', () => {
  it('syncs in full only the locales the index lists entries in', async () => {
    const ctx = fakeContext('news', newsSchema);
    cms.documents.news = Array.from({ length: 150 }, (_, i) => articleNode(i));
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ mode: 'full', fetched: 150, total: 150, requests: 2 });
    expect(newsRequests().every((r) => r.variables.locale === 'en')).toBe(true);
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(1));
  });

  it('fetches an edited entry by documentId, with no "changed" query', async () => {
    const ctx = await synced();
    Object.assign(cms.documents.news![7]!, { title: 'Edited', updatedAt: at(30) });
    const counts = await sync(ctx);

    expect(counts).toMatchObject({
      mode: 'incremental',
      fetched: 1,
      deleted: 0,
      unchanged: 119,
      requests: 1,
    });
    expect(ctx.writes).toEqual(['en/article-7']);
    expect(ctx.entries.get('en/article-7')?.data.title).toBe('Edited');
    expect(operations().sort()).toEqual([
      'MediaLibraryFingerprint',
      'NewsPage',
      'SiteLocales',
      'SiteSyncIndex',
    ]);
    expect(newsRequests()[0]?.variables.filters).toEqual({ documentId: { in: ['doc0007'] } });
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(30));
  });

  it('asks nothing of a collection the index shows unchanged', async () => {
    const ctx = await synced();
    expect(await sync(ctx)).toMatchObject({ fetched: 0, deleted: 0, unchanged: 120, requests: 0 });
    expect(newsRequests()).toEqual([]);
  });

  it('removes deleted and unpublished entries the index no longer lists', async () => {
    const ctx = await synced();
    cms.documents.news = cms.documents.news!.filter(
      (d) => d.slug !== 'article-3' && d.slug !== 'article-100',
    );
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ fetched: 0, deleted: 2, unchanged: 118, total: 118, requests: 0 });
    expect(ctx.entries.has('en/article-3')).toBe(false);
    expect(ctx.entries.has('en/article-100')).toBe(false);
  });

  it('refetches the entries linked to a renamed topic, and follows a slug change', async () => {
    cms.documents.topics = [topic('Asylum')];
    cms.documents.news = [articleNode(1, { topics: [topicNode('t1', 'en', 'Asylum')] }), articleNode(2)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    cms.requests.length = 0;
    cms.documents.topics = [topic('Asylum claims', at(40))];
    cms.documents.news[0]!.topics = [topicNode('t1', 'en', 'Asylum claims', at(40))];
    Object.assign(cms.documents.news[1]!, { slug: 'article-2-renamed', updatedAt: at(41) });
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ fetched: 2, deleted: 0, total: 2 });
    const linked = newsRequests().find((r) => JSON.stringify(r.variables.filters).includes('"topics"'));
    expect(linked?.variables.filters).toEqual({ or: [{ topics: { updatedAt: { gt: at(1) } } }] });
    // Only in the locale that has articles.
    expect(newsRequests().filter((r) => r.variables.locale === 'ar')).toEqual([]);
    expect(ctx.entries.get('en/article-1')?.data.topics).toEqual([
      { documentId: 't1', slug: 'asylum-claims', name: 'Asylum claims' },
    ]);
    expect(ctx.entries.has('en/article-2')).toBe(false);
    expect(ctx.entries.has('en/article-2-renamed')).toBe(true);
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(41));
  });

  it('asks for entries linked to a changed topic only in the locales the topic changed in', async () => {
    const arTopic = (name: string, updatedAt = at(0)) => ({
      ...topicNode('t1', 'ar', name, updatedAt),
      locale: 'ar',
    });
    cms.documents.topics = [topic('Asylum'), arTopic('لجوء')];
    cms.documents.news = [
      articleNode(1, { topics: [topicNode('t1', 'en', 'Asylum')] }),
      articleNode(1, { locale: 'ar', slug: 'article-1-ar', topics: [topicNode('t1', 'ar', 'لجوء')] }),
    ];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    cms.requests.length = 0;
    cms.documents.topics[1] = arTopic('اللجوء', at(40));
    cms.documents.news[1]!.topics = [topicNode('t1', 'ar', 'اللجوء', at(40))];

    expect(await sync(ctx)).toMatchObject({ fetched: 1, unchanged: 1, requests: 1 });
    expect(newsRequests().map((r) => r.variables.locale)).toEqual(['ar']);
    expect(ctx.entries.get('ar/article-1-ar')?.data.topics).toEqual([
      { documentId: 't1', slug: topicNode('t1', 'ar', 'اللجوء').slug, name: 'اللجوء' },
    ]);
  });

  it('refetches an entry whose topic was unpublished, reading no topic list', async () => {
    cms.documents.topics = [topic('Asylum')];
    cms.documents.news = [articleNode(1, { topics: [topicNode('t1', 'en', 'Asylum')] }), articleNode(2)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    expect(await sync(ctx)).toMatchObject({ fetched: 0, unchanged: 2, requests: 0 });

    cms.documents.topics = [];
    cms.documents.news[0]!.topics = [];
    const counts = await sync(ctx);
    expect(counts).toMatchObject({ fetched: 1, unchanged: 1, requests: 1 });
    expect(ctx.entries.get('en/article-1')?.data.topics).toEqual([]);
    expect(operations().some((name) => name.startsWith('Topics'))).toBe(false);
  });

  it('updates the language switcher of existing entries when a translation is published', async () => {
    cms.documents.news = [articleNode(1)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    cms.documents.news.push(articleNode(1, { locale: 'ar', slug: 'article-1-ar', updatedAt: at(50) }));
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ fetched: 1, total: 2 });
    expect(ctx.entries.get('en/article-1')?.data.localizations).toEqual([
      { locale: 'ar', slug: 'article-1-ar' },
    ]);
  });

  it('syncs in full when the media library changed', async () => {
    const ctx = await synced();
    cms.mediaLibrary = [at(60)];
    expect(await sync(ctx)).toMatchObject({ mode: 'full', fetched: 120 });
    expect((await sync(ctx)).mode).toBe('incremental');
  });

  it('keeps the mark at what the index showed, so a change made after it was read is not missed', async () => {
    // Articles 1 and 2 show topic t1. Right after the index is read, t1 is renamed: article 1,
    // fetched for its own edit, already shows the new name; article 2 (unchanged) does not.
    cms.documents.topics = [topic('Asylum')];
    const shows = (name: string, updatedAt = at(0)) => [topicNode('t1', 'en', name, updatedAt)];
    cms.documents.news = [
      articleNode(1, { topics: shows('Asylum') }),
      articleNode(2, { topics: shows('Asylum') }),
    ];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    Object.assign(cms.documents.news[0]!, { title: 'Edited', updatedAt: at(40) });
    const renameAfterIndex: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(init?.body).includes('"operationName":"SiteSyncIndex"')) {
        cms.documents.topics = [topic('Asylum claims', at(45))];
        for (const article of cms.documents.news!) article.topics = shows('Asylum claims', at(45));
      }
      return response;
    };
    expect(await sync(ctx, renameAfterIndex)).toMatchObject({ fetched: 1 });
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(40));

    // The next sync sees the rename in the index and refetches article 2.
    await sync(ctx);
    expect(ctx.entries.get('en/article-2')?.data.topics).toEqual([
      { documentId: 't1', slug: 'asylum-claims', name: 'Asylum claims' },
    ]);
  });

  it('stops the build, naming the CMS as too old, when it has no sync index', async () => {
    cms.syncIndex = false;
    cms.documents.news = [articleNode(1)];
    await expect(sync(fakeContext('news', newsSchema))).rejects.toThrow(
      `The CMS at ${cms.url} has no siteSyncIndex query: it is older than this site (deploy the CMS and the site together)`,
    );
  });
});
