/**
 * Incremental builds (Astro's incremental static builds and the site's cache keys,
 * web/src/lib/site/cache-keys.ts): a rebuild copies the pages whose content did not change and
 * renders again every page whose content did, also through what pages share: a guide that an
 * article links to, and the site settings in every page's footer. The unchanged pages are put back
 * in one bulk copy before Astro generates pages (web/src/lib/site/incremental-output.ts), and the
 * copies of pages that no longer exist are pruned: the output is what a build from scratch makes.
 * The builds write to one output path, emptied before each build, as the rebuild service does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { seedDemoContent } from '../../cms/src/seed';
import { startTestCms, TEST_SECRETS, type TestCms } from '../../cms/tests/helpers/strapi';
import { addArchiveArticles } from './support/archive-articles';
import { buildSite } from './support/build-site';
import { createIsolatedWebRoot, type WebRoot } from './support/isolated-web-root';
import { listOutputFiles } from './support/output-files';

jest.setTimeout(300_000);

// From the demo content (cms/src/seed/content): an article that links the age disputes fact
// sheet, and one that does not.
const LINKING_ARTICLE = 'news/supporting-a-challenge-to-unfair-age-assessments/index.html';
const RESOURCE_SLUG = 'age-disputes-fact-sheet';
const RESOURCE_PAGE = `resources/${RESOURCE_SLUG}/index.html`;
/** The library's list pages the fact sheet is on (whole library, its type, audience, topic)… */
const LIBRARY_PAGES_WITH_IT = [
  'resources/index.html',
  'resources/type/fact_sheet/index.html',
  'resources/audience/lawyers/index.html',
  'resources/topic/age-disputes/index.html',
];
/** …and some it is not on. */
const LIBRARY_PAGES_WITHOUT_IT = [
  'resources/type/guide/index.html',
  'resources/audience/young-people/index.html',
];

let cms: TestCms;
let root: WebRoot;
let cmsUrl: string;
let outDir: string;
let otherArticle: string;

const buildInto = (dir: string): Promise<string> =>
  buildSite({
    cmsUrl,
    token: TEST_SECRETS.BUILD_API_TOKEN,
    siteUrl: 'https://site.test',
    outDir: dir,
    root,
    // Small shards, so that an edit leaves most of the search index as it was (search-index.ts).
    env: { SEARCH_PAGES_PER_SHARD: '20' },
  });
/** The search index line of a build's log: its shards, and how many were indexed again. */
const searchIndexOf = (log: string): { shards: number; indexed: number } => {
  const match = /search index: \d+ pages in (\d+) shard\(s\), (\d+) indexed again/.exec(log);
  if (!match) throw new Error('the build logged no search index line');
  return { shards: Number(match[1]), indexed: Number(match[2]) };
};
const build = async (): Promise<string> => {
  rmSync(outDir, { recursive: true, force: true });
  return buildInto(outDir);
};
const page = (rel: string): string => readFileSync(path.join(outDir, rel), 'utf8');
/**
 * Astro logs a page it kept from the last build as "├─ /news/x/index.html (cached)" when the page
 * was already in the output (put there by the bulk copy), "(restored)" when it copied it itself.
 */
const copied = (log: string, rel: string): boolean =>
  log
    .split('\n')
    // The whole path: `/resources/index.html` is not `/ar/resources/index.html`.
    .some((line) => line.includes(` /${rel} `) && /\((cached|restored)\)/.test(line));
const copiedOneByOne = (log: string): boolean => /\(restored\)/.test(log);
/** Every output file, by path, with a digest of its bytes. */
const outputDigests = (dir: string): Record<string, string> =>
  Object.fromEntries(
    listOutputFiles(dir).map((file) => [
      file.rel,
      createHash('sha256').update(readFileSync(file.abs)).digest('hex'),
    ]),
  );

const publishChange = async (
  strapi: Core.Strapi,
  uid:
    | 'api::article.article'
    | 'api::resource.resource'
    | 'api::service.service'
    | 'api::site-setting.site-setting',
  filters: { slug?: string },
  data: Record<string, unknown>,
): Promise<void> => {
  const documents = strapi.documents(uid);
  const entry = await documents.findFirst({ filters, locale: 'en', status: 'draft' });
  if (!entry) throw new Error(`no ${uid} matching ${JSON.stringify(filters)}`);
  await documents.update({ documentId: entry.documentId, locale: 'en', data } as never);
  await documents.publish({ documentId: entry.documentId, locale: 'en' });
};

beforeAll(async () => {
  cms = await startTestCms();
  const today = new Date();
  await seedDemoContent(cms.strapi, { today });
  // Enough news for archive pages (news-lists.ts): the whole news and its 'news' category have some.
  await addArchiveArticles(cms.strapi, today);
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  root = createIsolatedWebRoot();
  outDir = path.join(root.dir, 'out');
  await build();
  const articles = await cms.strapi
    .documents('api::article.article')
    // Newest first, so it is on the first page of the news (no order is a database's own order).
    .findMany({
      locale: 'en',
      status: 'published',
      sort: ['displayDate:desc', 'slug:asc'],
      populate: ['relatedResources'],
    });
  const unrelated = articles.find(
    (a) => !(a.relatedResources as Array<{ slug: string }>).some((r) => r.slug === RESOURCE_SLUG),
  );
  if (!unrelated) throw new Error('the demo content has no article without the fact sheet');
  otherArticle = `news/${String(unrelated.slug)}/index.html`;
});

afterAll(async () => {
  root?.remove();
  await cms?.stop();
});

test('an edited guide is re-rendered on its page and in the article that links it; the rest is copied', async () => {
  const title = 'Age disputes: a fact sheet (revised edition)';
  expect(page(LINKING_ARTICLE)).not.toContain(title);
  await publishChange(cms.strapi, 'api::resource.resource', { slug: RESOURCE_SLUG }, { title });

  const log = await build();

  expect(page(RESOURCE_PAGE)).toContain(title);
  expect(page(LINKING_ARTICLE)).toContain(title);
  expect(copied(log, RESOURCE_PAGE)).toBe(false);
  expect(copied(log, LINKING_ARTICLE)).toBe(false);
  // The resource library's pages that list it (cache keys of list pages, resource-library.ts)…
  for (const list of LIBRARY_PAGES_WITH_IT) {
    expect(page(list)).toContain(title);
    expect(copied(log, list)).toBe(false);
  }
  // …and not the ones that do not.
  for (const list of LIBRARY_PAGES_WITHOUT_IT) {
    expect(page(list)).not.toContain(title);
    expect(copied(log, list)).toBe(true);
  }
  // The search index's unchanged shards are taken from the last build, another process: shard
  // names must not depend on anything but the pages and Pagefind's version.
  const search = searchIndexOf(log);
  expect(search.shards).toBeGreaterThan(4);
  expect(search.indexed).toBeGreaterThan(0);
  expect(search.indexed).toBeLessThan(search.shards);
  // Untouched pages are copied from the last build, in bulk before Astro renders, and are whole.
  expect(copied(log, otherArticle)).toBe(true);
  expect(copiedOneByOne(log)).toBe(false);
  expect(page(otherArticle)).toMatch(/<\/html>\s*$/);
});

test('an edited directory service is re-rendered on its page and the lists that show it; other lists are copied', async () => {
  const description = 'A weekly drop-in for young people in Camden (edited description).';
  const own = 'directory/camden-youth-drop-in/index.html';
  const wholeDirectory = ['directory/index.html', 'directory/page/2/index.html'];
  const listing = wholeDirectory.find((rel) => page(rel).includes('href="/directory/camden-youth-drop-in/"'));
  if (!listing) throw new Error('the Camden drop-in is on no page of the whole directory');
  const notListing = wholeDirectory.filter((rel) => rel !== listing);
  const withIt = [
    listing,
    'directory/area/england/index.html',
    'directory/area/england/camden/index.html',
    'directory/area/england/london/index.html',
  ];
  // The home page shows no service: copied too (its cache key is what it shows, home.ts).
  const withoutIt = [
    ...notListing,
    'directory/area/scotland/index.html',
    'directory/area/wales/index.html',
    'index.html',
  ];
  await publishChange(cms.strapi, 'api::service.service', { slug: 'camden-youth-drop-in' }, { description });

  const log = await build();

  expect(page(own)).toContain(description);
  expect(copied(log, own)).toBe(false);
  for (const list of withIt) {
    expect([list, page(list).includes(description), copied(log, list)]).toEqual([list, true, false]);
  }
  for (const list of withoutIt) {
    expect([list, page(list).includes(description), copied(log, list)]).toEqual([list, false, true]);
  }
});

test('an edited article is re-rendered in the news lists that show it; the other news lists are copied', async () => {
  const slug = otherArticle.split('/')[1]!;
  const NEWS_LIST = /^news\/(?:page\/\d+\/|(?:category|topic)\/[^/]+\/(?:page\/\d+\/)?)?index\.html$/;
  const newsLists = listOutputFiles(outDir)
    .map((file) => file.rel)
    .filter((rel) => NEWS_LIST.test(rel));
  const withIt = newsLists.filter((rel) => page(rel).includes(`href="/news/${slug}/"`));
  const withoutIt = newsLists.filter((rel) => !withIt.includes(rel));
  expect(withIt).toContain('news/index.html');
  expect(withoutIt.length).toBeGreaterThan(0);
  const article = await cms.strapi
    .documents('api::article.article')
    .findFirst({ filters: { slug }, locale: 'en', status: 'published', fields: ['title'] });
  const title = `${String(article?.title)} (edited)`;
  await publishChange(cms.strapi, 'api::article.article', { slug }, { title });

  const log = await build();

  for (const list of withIt) {
    expect([list, page(list).includes(title), copied(log, list)]).toEqual([list, true, false]);
  }
  // Other articles are copied too, also where a guide or project that lists this one changed.
  for (const list of withoutIt) {
    expect([list, copied(log, list)]).toEqual([list, true]);
  }
});

test('a new article is rendered on the first pages of its lists; the archive pages are copied', async () => {
  const ARCHIVE_PAGE = /^news\/(?:category\/[^/]+\/)?page\/\d+\/index\.html$/;
  const archivePages = listOutputFiles(outDir)
    .map((file) => file.rel)
    .filter((rel) => ARCHIVE_PAGE.test(rel));
  expect(archivePages).toEqual(
    expect.arrayContaining([
      'news/page/1/index.html',
      'news/page/2/index.html',
      'news/category/news/page/1/index.html',
    ]),
  );
  const before = Object.fromEntries(archivePages.map((rel) => [rel, page(rel)]));
  // Of the category the longest without news: the new article brings it to the top of the news.
  const newestFirst = await cms.strapi.documents('api::article.article').findMany({
    locale: 'en',
    status: 'published',
    sort: ['displayDate:desc', 'title:asc'],
    fields: ['category'],
    limit: 1000,
  });
  const category = [...new Set(newestFirst.map((article) => String(article.category)))].at(-1) ?? 'news';
  expect(category).not.toBe(String(newestFirst[0]?.category));
  const slug = 'a-new-article-at-the-top';
  await cms.strapi.documents('api::article.article').create({
    locale: 'en',
    status: 'published',
    data: {
      title: 'A new article at the top of the news',
      slug,
      summary: 'Published today, after everything else.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'News of today.' }] }],
      category,
      displayDate: new Date().toISOString().slice(0, 10),
    },
  } as never);

  const log = await build();

  for (const first of ['news/index.html', `news/category/${category}/index.html`]) {
    expect([first, page(first).includes(`href="/news/${slug}/"`), copied(log, first)]).toEqual([
      first,
      true,
      false,
    ]);
  }
  // Archive pages are numbered from the oldest: a new article moves none of their articles. (Pages
  // counted from the newest would each have shifted by one article, and all been rendered again;
  // and so would every list page if its key held the categories in the order the news shows them.)
  for (const rel of archivePages) {
    expect([rel, copied(log, rel), page(rel) === before[rel]]).toEqual([rel, true, true]);
  }
});

test('a change to the site settings reaches every page, copied ones included', async () => {
  const tagline = 'Legal help for young refugees and migrants, since 1999 (edited)';
  await publishChange(cms.strapi, 'api::site-setting.site-setting', {}, { tagline });

  const log = await build();

  for (const rel of [otherArticle, LINKING_ARTICLE, RESOURCE_PAGE, 'index.html']) {
    expect(page(rel)).toContain(tagline);
  }
  expect(copied(log, otherArticle)).toBe(false);
});

test('an unpublished article is gone after a rebuild, and the output is what a build from scratch makes', async () => {
  const articles = cms.strapi.documents('api::article.article');
  const published = await articles.findMany({ locale: 'en', status: 'published' });
  const unpublished = published.find(
    (a) => ![LINKING_ARTICLE, otherArticle].includes(`news/${String(a.slug)}/index.html`),
  );
  if (!unpublished) throw new Error('the demo content has no third article');
  const unpublishedDir = path.join(outDir, 'news', String(unpublished.slug));
  expect(existsSync(path.join(unpublishedDir, 'index.html'))).toBe(true);
  await articles.unpublish({ documentId: unpublished.documentId, locale: 'en' });
  // Built over the last output, as `astro build` run twice: nothing of it may be left over.
  const stray = path.join(outDir, 'left-over.html');
  writeFileSync(stray, 'from an earlier build');

  const log = await buildInto(outDir);

  expect(copied(log, otherArticle)).toBe(true);
  expect(copiedOneByOne(log)).toBe(false);
  // Its page is gone; what stays at its address is the 410 page (src/lib/site/redirects/: the
  // servers answer 410 with it, a plain static host shows it).
  const atOldAddress = readFileSync(path.join(unpublishedDir, 'index.html'), 'utf8');
  expect(atOldAddress).toContain('This page has been removed');
  expect(atOldAddress).not.toContain(String(unpublished.title));
  expect(existsSync(stray)).toBe(false);
  expect(log).toMatch(/pruned [1-9]\d* stale page file/);

  // From scratch: the same sources and content, without the last build's cached pages.
  rmSync(path.join(root.dir, 'node_modules', '.astro', 'incremental-build.json'));
  rmSync(path.join(root.dir, 'node_modules', '.astro', 'dist'), { recursive: true });
  const scratchDir = path.join(root.dir, 'from-scratch');
  const scratchLog = await buildInto(scratchDir);
  expect(copied(scratchLog, otherArticle)).toBe(false);
  expect(outputDigests(outDir)).toEqual(outputDigests(scratchDir));
});

test('a manifest of a version astro-internals.ts does not know: a plain full build, and the site is still right', async () => {
  const manifestFile = path.join(root.dir, 'node_modules', '.astro', 'incremental-build.json');
  // What a newer Astro might leave: same pages, a manifest this site was not written for.
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: number };
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: 99 }));
  const title = 'Age disputes: a fact sheet (third edition)';
  await publishChange(cms.strapi, 'api::resource.resource', { slug: RESOURCE_SLUG }, { title });

  const log = await build();

  expect(log).toContain("plain full build: Astro's incremental-build.json is of version 99");
  // Every page rendered again, none copied from the cache it could not read.
  expect(copied(log, otherArticle)).toBe(false);
  expect(log).not.toMatch(/copied \d+ cached page file/);
  expect(page(RESOURCE_PAGE)).toContain(title);
  expect(page(LINKING_ARTICLE)).toContain(title);
  expect(page(otherArticle)).toMatch(/<\/html>\s*$/);
  // The unknown manifest is left alone, not read, pruned against or taken for Astro's own.
  expect((JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: number }).version).toBe(99);
});
