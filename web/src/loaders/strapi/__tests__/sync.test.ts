import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newsSchema } from '../../../lib/cms/schemas';
import { createCmsClient } from '../client';
import { META_KEYS, type SyncCounts } from '../context';
import { parseLoaderSettings } from '../options';
import { syncFromCms } from '../sync';
import { createSyncRound } from '../sync-round';
import { startFakeCms, type FakeCms } from './helpers/fake-cms';
import { fakeContext, type FakeContext } from './helpers/fake-context';
import { articleNode, at } from './helpers/nodes';

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
    cms.documents.news = [
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
    cms.documents.news = Array.from({ length: 150 }, (_, i) => articleNode(i));
    cms.totalSkew = 1;
    await expect(sync(fakeContext('news', newsSchema))).rejects.toThrow(
      /news \(all entries, locale (en|ar)\): the CMS reported \d+ entries but \d+ arrived/,
    );
  });

  it('fetches only what changed since the mark on the next sync', async () => {
    cms.documents.news = Array.from({ length: 120 }, (_, i) => articleNode(i));
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(1));

    const edited = cms.documents.news[7]!;
    Object.assign(edited, { title: 'Edited', updatedAt: at(30) });
    cms.requests.length = 0;
    ctx.writes.length = 0;
    const counts = await sync(ctx);

    expect(counts).toMatchObject({ mode: 'incremental', fetched: 1, deleted: 0, unchanged: 119, total: 120 });
    expect(ctx.writes).toEqual(['en/article-7']);
    expect(ctx.entries.get('en/article-7')?.data.title).toBe('Edited');
    expect(ctx.metaValues.get(META_KEYS.mark)).toBe(at(30));
    // Asked for by documentId: the index said which entry changed.
    const changedQuery = newsRequests().find((r) => r.operationName === 'NewsPage');
    expect(changedQuery?.variables.filters).toEqual({ documentId: { in: ['doc0007'] } });
    expect(JSON.parse(ctx.metaValues.get(META_KEYS.lastSync) ?? '{}')).toMatchObject({
      fetched: 1,
      unchanged: 119,
    });
  });

  it('syncs in full again when the store was filled from another CMS', async () => {
    cms.documents.news = [articleNode(1)];
    const ctx = fakeContext('news', newsSchema);
    await sync(ctx);
    ctx.metaValues.set(META_KEYS.source, 'format 1 from http://elsewhere.example');
    const counts = await sync(ctx);
    expect(counts).toMatchObject({ mode: 'full', fetched: 1 });
  });
});

describe('one bad entry never stops the build', () => {
  /** A sync that also hands back what it left out (the round's report). */
  const syncReporting = async (ctx: FakeContext) => {
    const settings = parseLoaderSettings({ url: cms.url, token: cms.token });
    const round = createSyncRound(createCmsClient(settings), ctx.logger);
    const counts = await syncFromCms(ctx, { collection: 'news', settings, filesCacheDir: cacheDir, round });
    return { counts, leftOut: round.leftOut };
  };

  it('leaves out each entry the site cannot publish, says why, and stores every other', async () => {
    cms.documents.news = [
      articleNode(1),
      articleNode(2, { slug: '..' }),
      articleNode(3, { slug: '.' }),
      articleNode(4, { slug: 'Right To Stay' }),
      articleNode(5, { category: 'gossip' }),
      articleNode(6, { summary: null }),
      articleNode(7, {
        body: [
          { type: 'paragraph', children: [{ type: 'link', url: ' javascript:alert(1)', children: [] }] },
        ],
      }),
      articleNode(8, { slug: 'x'.repeat(101) }),
      articleNode(9, { slug: 'article-1', locale: 'en', title: 'Same slug as article 1' }),
      articleNode(10, { slug: 'a--b' }),
    ];
    const ctx = fakeContext('news', newsSchema);
    const { counts, leftOut } = await syncReporting(ctx);

    expect([...ctx.entries.keys()].sort()).toEqual(['en/article-1']);
    expect(counts).toMatchObject({ fetched: 10, leftOut: 9, total: 1 });
    const problems = Object.fromEntries(leftOut.map((entry) => [entry.documentId, entry.problem]));
    const slugRule =
      "The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.";
    expect(problems).toEqual({
      doc0002: `Its URL name '..' cannot be used. ${slugRule}`,
      doc0003: `Its URL name '.' cannot be used. ${slugRule}`,
      doc0004: `Its URL name 'Right To Stay' cannot be used. ${slugRule}`,
      doc0005: 'Its category has a value the website does not know.',
      doc0006: 'Its summary is missing.',
      doc0007:
        "The link ' javascript:alert(1)' is not one the website can use: links must start with https://, http://, mailto:, tel: or /.",
      doc0008: 'Its URL name is longer than 100 characters.',
      doc0009:
        "Another entry in the same language already uses its URL name 'article-1': the website keeps the other one.",
      doc0010: `Its URL name 'a--b' cannot be used. ${slugRule}`,
    });
    expect(leftOut.find((entry) => entry.documentId === 'doc0009')).toEqual({
      type: 'api::article.article',
      documentId: 'doc0009',
      locale: 'en',
      title: 'Same slug as article 1',
      problem: expect.any(String),
    });
    expect(
      ctx.logs.filter((l) => l.level === 'warn' && /left out of the build/.test(l.message)),
    ).toHaveLength(9);
  });

  it('removes the stored copy of an entry that became bad, reports it at every build until fixed', async () => {
    cms.documents.news = [articleNode(1), articleNode(2)];
    const ctx = fakeContext('news', newsSchema);
    await syncReporting(ctx);
    expect(ctx.entries.has('en/article-2')).toBe(true);

    Object.assign(cms.documents.news[1]!, { slug: '..', updatedAt: at(20) });
    const broken = await syncReporting(ctx);
    expect(broken.leftOut.map((entry) => entry.documentId)).toEqual(['doc0002']);
    expect([...ctx.entries.keys()]).toEqual(['en/article-1']);

    // Nothing changed in the CMS: the next (incremental) build still names it.
    const again = await syncReporting(ctx);
    expect(again.counts.mode).toBe('incremental');
    expect(again.leftOut.map((entry) => entry.documentId)).toEqual(['doc0002']);

    Object.assign(cms.documents.news[1]!, { slug: 'article-2-fixed', updatedAt: at(40) });
    const fixed = await syncReporting(ctx);
    expect(fixed.leftOut).toEqual([]);
    expect([...ctx.entries.keys()].sort()).toEqual(['en/article-1', 'en/article-2-fixed']);
  });

  it('never offers a left-out translation in the language switcher', async () => {
    cms.documents.news = [articleNode(1), articleNode(1, { locale: 'ar', slug: '..' })];
    const ctx = fakeContext('news', newsSchema);
    const { leftOut } = await syncReporting(ctx);
    expect(leftOut.map((entry) => entry.locale)).toEqual(['ar']);
    expect(ctx.entries.get('en/article-1')?.data.localizations).toEqual([]);
  });
});
