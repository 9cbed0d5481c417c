/**
 * The site build against a real CMS (SQLite or PostgreSQL, per DATABASE_CLIENT) filled with the
 * demo content: every page type is built and shows its content, every internal link and asset
 * resolves, nothing unpublished or private reaches the output, nothing points at the CMS or any
 * other site except the links an editor wrote, and resource files are real PDFs at
 * content-addressed paths. One CMS boot and one build for the whole file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { archiveArticles } from './support/archive-articles';
import { archiveResources, ARCHIVE_RESOURCE_COUNT } from './support/archive-resources';
import {
  ABOUT,
  articlesNewestFirst,
  demoContentUrls,
  draftArticles,
  GLOSSARY,
  HOME_PAGE,
  LOCALES,
  localePath,
  localesOf,
  PAGES,
  PARTNER_PROJECTS,
  privateTributeValues,
  publishedArticles,
  QUICK_EXIT_URL,
  RESOURCES,
  RTL_LOCALES,
  textIn,
  TRIBUTES,
  type SiteLocale,
} from './support/demo-content';
import { cssUrls, decodeEntities, htmlReferences, htmlTags } from './support/html-references';
import { fileForUrlPath, isTextFile, readDecoded, readText, type OutputFile } from './support/output-files';
import { absoluteUrls, originRules } from './support/origins';
import { buildSeededSite, type SeededSite } from './support/seeded-site';
import { readSiteOutput, type SiteOutput } from './support/site-output';

const SITE_URL = 'https://charity-site.test';

// Hooks don't get the project's testTimeout: booting, seeding and building take a while.
jest.setTimeout(300_000);

let built: SeededSite;
let site: SiteOutput;

beforeAll(async () => {
  built = await buildSeededSite({ siteUrl: SITE_URL });
  site = readSiteOutput(built.dir);
});
afterAll(() => built?.remove());

/** `news/index.html` -> `/news/`; `404.html` -> `/404.html`. */
const urlPathOf = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
const htmlFiles = (): OutputFile[] => site.files.filter((file) => file.rel.endsWith('.html'));
const localeOfFile = (rel: string): SiteLocale => {
  const first = rel.split('/')[0] as SiteLocale;
  return LOCALES.includes(first) && rel.includes('/') ? first : 'en';
};
/** Site paths of the article links in a list, in order. */
const articleLinks = (urlPath: string, locale: SiteLocale): string[] =>
  site
    .mainLinks(urlPath)
    .filter((href) => href.startsWith(localePath(locale, 'news/')))
    .filter((href) => !/\/news\/(page|category|topic)\//.test(href) && href !== localePath(locale, 'news/'));

/** An English news list's articles over all its pages, following its "Older" links. */
const articleLinksOverPages = (urlPath: string): string[] =>
  listPages(urlPath).flatMap((page) => articleLinks(page, 'en'));

/** Site paths of the guides a library page lists, in order. */
const guideLinks = (urlPath: string, locale: SiteLocale): string[] =>
  htmlTags(site.main(urlPath))
    .filter((tag) => tag.name === 'a' && tag.attrs.get('href')?.startsWith(localePath(locale, 'resources/')))
    .map((tag) => tag.attrs.get('href') ?? '')
    .filter((href) => /^(\/[a-z]{2})?\/resources\/[a-z0-9-]+\/$/.test(href));

/** A list and every page after it, by following its rel="next" links as a reader would. */
const listPages = (first: string): string[] => {
  const pages = [first];
  for (;;) {
    const next = htmlTags(site.html(pages.at(-1) ?? first)).find(
      (tag) => tag.name === 'a' && tag.attrs.get('rel') === 'next',
    );
    const href = next?.attrs.get('href');
    if (!href) return pages;
    expect(pages).not.toContain(href);
    pages.push(href);
  }
};

describe('pages and their content', () => {
  it('has every page type', () => {
    const required = [
      '/',
      '/404.html',
      '/news/',
      '/news/page/2/',
      '/rss.xml',
      '/resources/',
      '/projects/',
      '/tributes/',
      '/about/',
      '/get-help/',
      '/glossary/',
      '/search/',
      '/sitemap.xml',
      '/robots.txt',
      ...new Set(publishedArticles.map((a) => `/news/category/${a.category}/`)),
      ...new Set(publishedArticles.flatMap((a) => a.topics.map((t) => `/news/topic/${t}/`))),
    ];
    expect(required.filter((urlPath) => !site.has(urlPath))).toEqual([]);
  });

  it('shows the home page in every language it is written in', () => {
    for (const locale of localesOf(HOME_PAGE)) {
      expect(site.mainText(localePath(locale, ''))).toContain(textIn(HOME_PAGE, locale).heroTitle);
    }
  });

  it('builds every published article in each of its languages, with its title', () => {
    for (const article of publishedArticles) {
      for (const locale of localesOf(article.text)) {
        const page = localePath(locale, `news/${article.slug}/`);
        expect(site.mainText(page)).toContain(textIn(article.text, locale).title);
      }
    }
  });

  it('lists the news newest first, from its first page through its archive pages', () => {
    const newest = articlesNewestFirst(built.today, 'en').map((a) => `/news/${a.slug}/`);
    const archive = archiveArticles(built.today).map((a) => `/news/${a.slug}/`);
    // 60 to 79 articles: the first page, then two archive pages of 20, numbered from the oldest.
    expect(listPages('/news/')).toEqual(['/news/', '/news/page/2/', '/news/page/1/']);
    // Cards may link twice (image and title): keep the first of each.
    expect([...new Set(articleLinksOverPages('/news/'))]).toEqual([...newest, ...archive]);
    expect(new Set(articleLinks('/news/page/1/', 'en'))).toEqual(new Set(archive.slice(-20)));
  });

  it("shows covers on a list's own address only: archive pages list their articles as text", () => {
    const imagesIn = (urlPath: string): number =>
      htmlTags(site.main(urlPath)).filter((tag) => tag.name === 'img').length;
    expect(imagesIn('/news/')).toBeGreaterThan(0);
    // Some archive notices have a cover (their own pages show it), none on the archive pages.
    const covered = archiveArticles(built.today).filter((a) => imagesIn(`/news/${a.slug}/`) > 0);
    expect(covered.length).toBeGreaterThan(5);
    const archivePages = listPages('/news/').filter((urlPath) => urlPath.includes('/page/'));
    expect(archivePages.length).toBeGreaterThan(1);
    for (const urlPath of archivePages) expect([urlPath, imagesIn(urlPath)]).toEqual([urlPath, 0]);
  });

  it('lists each category and topic with exactly its articles', () => {
    const newest = articlesNewestFirst(built.today, 'en');
    for (const category of new Set(newest.map((a) => a.category))) {
      const expected = newest.filter((a) => a.category === category).map((a) => `/news/${a.slug}/`);
      const listed = new Set(articleLinksOverPages(`/news/category/${category}/`));
      // The archive notices are news too; they come after the demo articles.
      expect([...listed].slice(0, expected.length)).toEqual(expected);
    }
    for (const topic of new Set(newest.flatMap((a) => a.topics))) {
      const expected = newest.filter((a) => a.topics.includes(topic)).map((a) => `/news/${a.slug}/`);
      expect([...new Set(articleLinksOverPages(`/news/topic/${topic}/`))]).toEqual(expected);
    }
  });

  it('shows at most 39 articles on a list, 20 on an archive page that names its dates, with newer and older links', () => {
    const lists = [...site.paths]
      .filter((rel) => rel.endsWith('index.html'))
      .map((rel) => `/${rel.replace(/index\.html$/, '')}`)
      .filter((urlPath) =>
        /^\/(?:[a-z]{2}\/)?news\/(?:page\/\d+\/|(?:category|topic)\/[^/]+\/(?:page\/\d+\/)?)?$/.test(urlPath),
      );
    expect(lists.length).toBeGreaterThan(5);
    const count = (list: string) =>
      new Set(articleLinks(list, (list.match(/^\/([a-z]{2})\//)?.[1] ?? 'en') as SiteLocale)).size;
    const archivePages = lists.filter((list) => /\/page\/\d+\/$/.test(list));
    for (const list of lists.filter((l) => !archivePages.includes(l))) {
      expect([list, count(list) <= 39]).toEqual([list, true]);
    }
    // The whole news and its 'news' category (the archive notices) have archive pages.
    expect(archivePages).toEqual(
      expect.arrayContaining(['/news/page/1/', '/news/page/2/', '/news/category/news/page/1/']),
    );
    for (const archive of archivePages) {
      expect([archive, count(archive)]).toEqual([archive, 20]);
      expect(site.mainText(archive)).toMatch(/Articles from \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}/);
      expect(site.html(archive)).toMatch(/<title>[^<]*Articles from \d{1,2} \w+ \d{4} to/);
      // Each page links the next newer one, and is linked from it as the next older one.
      const newer = htmlTags(site.html(archive)).find(
        (tag) => tag.name === 'a' && tag.attrs.get('rel') === 'prev',
      );
      const newerHref = newer?.attrs.get('href') ?? '';
      expect(site.has(newerHref)).toBe(true);
      const olderOfNewer = htmlTags(site.html(newerHref)).find(
        (tag) => tag.name === 'a' && tag.attrs.get('rel') === 'next',
      );
      expect([archive, olderOfNewer?.attrs.get('href')]).toEqual([archive, archive]);
    }
  });

  it('puts the latest articles in the RSS feed, newest first, for each language with news', () => {
    for (const locale of ['en', 'ar'] as const) {
      const feed = readFileSync(path.join(site.dir, localePath(locale, 'rss.xml').slice(1)), 'utf8');
      // Articles only: upcoming events are items too (events-build.test.ts).
      const titles = [...feed.matchAll(/<item>\s*<title>([\s\S]*?)<\/title>\s*<link>([^<]*)<\/link>/g)]
        .filter((m) => (m[2] ?? '').includes('/news/'))
        .map((m) => decodeEntities(m[1] ?? ''));
      const expected = articlesNewestFirst(built.today, locale).map((a) => textIn(a.text, locale).title);
      expect(titles.slice(0, expected.length)).toEqual(expected);
      expect(feed).toContain(`<link>${SITE_URL}${localePath(locale, 'news/')}</link>`);
    }
  });

  it('lists every published resource in the library, page by page, in plain HTML', () => {
    for (const locale of ['en', 'ar', 'fa'] as const) {
      const resources = RESOURCES.filter((r) => localesOf(r.text).includes(locale));
      expect(resources.length).toBeGreaterThan(0);
      const pages = listPages(localePath(locale, 'resources/'));
      const links = pages.flatMap((page) => guideLinks(page, locale));
      const text = pages.map((page) => site.mainText(page)).join('\n');
      expect(new Set(links).size).toBe(links.length);
      for (const resource of resources) {
        expect(links).toContain(localePath(locale, `resources/${resource.slug}/`));
        expect(text).toContain(textIn(resource.text, locale).title);
      }
      if (locale === 'en') expect(links).toHaveLength(resources.length + ARCHIVE_RESOURCE_COUNT);
      else expect(links).toHaveLength(resources.length);
    }
  });

  it('gives each resource a page with its title and a download for each of its languages', () => {
    for (const resource of RESOURCES) {
      const page = `/resources/${resource.slug}/`;
      expect(site.mainText(page)).toContain(textIn(resource.text, 'en').title);
      const downloads = site.mainLinks(page).filter((href) => href.startsWith('/files/'));
      expect(new Set(downloads).size).toBe(resource.files.length);
      for (const language of resource.files) {
        expect(downloads.some((href) => href.endsWith(`-${language}.pdf`))).toBe(true);
      }
      if (resource.externalUrl) expect(site.mainLinks(page)).toContain(resource.externalUrl);
    }
  });

  it('shows partner projects, the tribute, the about page, the glossary and the standalone pages', () => {
    for (const project of PARTNER_PROJECTS) {
      expect(site.mainText('/projects/')).toContain(textIn(project.text, 'en').name);
      const page = `/projects/${project.slug}/`;
      expect(site.mainText(page)).toContain(textIn(project.text, 'en').name);
      for (const partner of project.partners) {
        expect(site.mainText(page)).toContain(partner.name);
        expect(site.mainLinks(page)).toContain(partner.url);
      }
    }
    for (const tribute of TRIBUTES) {
      for (const locale of localesOf(tribute.text)) {
        expect(site.mainText(localePath(locale, 'tributes/'))).toContain(textIn(tribute.text, locale).name);
        const page = site.mainText(localePath(locale, `tributes/${tribute.slug}/`));
        expect(page).toContain(textIn(tribute.text, locale).name);
        expect(page).toContain(textIn(tribute.text, locale).roleLine);
      }
    }
    for (const locale of localesOf(ABOUT)) {
      expect(site.mainText(localePath(locale, 'about/'))).toContain(textIn(ABOUT, locale).mission);
    }
    for (const locale of ['en', 'ar'] as const) {
      const glossary = site.mainText(localePath(locale, 'glossary/'));
      const terms = GLOSSARY.filter((t) => localesOf(t.text).includes(locale));
      for (const term of terms) expect(glossary).toContain(textIn(term.text, locale).term);
    }
    for (const page of PAGES) {
      for (const locale of localesOf(page.text)) {
        expect(site.mainText(localePath(locale, `${page.slug}/`))).toContain(textIn(page.text, locale).title);
      }
    }
  });

  it('marks every page with its language, and Arabic and Farsi pages as right-to-left', () => {
    const seen = new Set<SiteLocale>();
    for (const file of htmlFiles()) {
      const locale = localeOfFile(file.rel);
      seen.add(locale);
      const root = htmlTags(readText(file)).find((tag) => tag.name === 'html');
      expect({ file: file.rel, lang: root?.attrs.get('lang') }).toEqual({ file: file.rel, lang: locale });
      const dir = root?.attrs.get('dir');
      expect({ file: file.rel, rtl: dir === 'rtl' }).toEqual({
        file: file.rel,
        rtl: RTL_LOCALES.includes(locale),
      });
    }
    expect([...seen]).toEqual(expect.arrayContaining(['en', ...RTL_LOCALES]));
  });

  it('lists every indexable page in the sitemap, and only pages that exist', () => {
    const sitemap = readFileSync(path.join(site.dir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1] ?? ''));
    expect(listed.every((url) => url.startsWith(`${SITE_URL}/`))).toBe(true);
    const listedPaths = listed.map((url) => new URL(url).pathname);
    expect(listedPaths.filter((p) => !site.has(p))).toEqual([]);
    // Indexable: every page without a robots noindex (search, the library's later and filter pages…).
    const indexable = htmlFiles().filter(
      (file) => !/<meta name="robots" content="noindex"/.test(readText(file)),
    );
    const pages = indexable
      .map((file) => urlPathOf(file.rel))
      // Not indexable: the 404 page, the search pages and the 410 page of each language.
      .filter((p) => p !== '/404.html' && !p.endsWith('/search/') && !/^\/([a-z]{2}\/)?410\/$/.test(p));
    expect(new Set(listedPaths)).toEqual(new Set(pages));
    // The library's later and per-filter pages are noindex, so not listed; its first page is.
    expect(listedPaths).toContain('/resources/');
    expect(listedPaths).not.toContain('/resources/page/2/');
    expect(listedPaths).not.toContain('/resources/audience/lawyers/');
    expect(readFileSync(path.join(site.dir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE_URL}/sitemap.xml`,
    );
  });
});

describe('the resources library', () => {
  const english = () => [
    ...RESOURCES.filter((r) => localesOf(r.text).includes('en')).map((r) => ({
      slug: r.slug,
      type: r.type as string,
      audiences: r.audiences as readonly string[],
      outOfDate: Boolean(r.supersededBy),
    })),
    ...archiveResources().map((r) => ({ ...r, outOfDate: false })),
  ];
  const hrefs = (guides: Array<{ slug: string }>) => guides.map((g) => `/resources/${g.slug}/`).sort();

  it('splits the library into static pages of at most 24 guides, with labelled numbered page links', () => {
    const pages = listPages('/resources/');
    expect(pages).toEqual(['/resources/', '/resources/page/2/', '/resources/page/3/']);
    pages.forEach((page, index) => {
      expect(guideLinks(page, 'en').length).toBeLessThanOrEqual(24);
      const tags = htmlTags(site.main(page));
      const nav = tags.find(
        (tag) => tag.name === 'nav' && tag.attrs.get('aria-label') === 'Pages of resources',
      );
      expect(nav).toBeDefined();
      const current = tags.filter((tag) => tag.name === 'a' && tag.attrs.get('aria-current') === 'page');
      // The page's own number, and "All resources" in the filter links.
      expect(current.map((tag) => tag.attrs.get('href'))).toEqual(['/resources/', page]);
      expect(site.mainText(page)).toContain(`Resources ${index * 24 + 1} to`);
    });
    expect(guideLinks('/resources/page/3/', 'en')).toHaveLength(english().length - 48);
  });

  it('has static pages for each filter value that list exactly the guides with it', () => {
    const cases = [
      {
        page: '/resources/audience/lawyers/',
        has: (g: { audiences: readonly string[] }) => g.audiences.includes('lawyers'),
      },
      { page: '/resources/type/report/', has: (g: { type: string }) => g.type === 'report' },
    ];
    for (const { page, has } of cases) {
      const expected = hrefs(english().filter(has));
      expect(expected.length).toBeGreaterThan(24);
      const pages = listPages(page);
      expect(pages).toEqual([page, `${page}page/2/`]);
      expect(pages.flatMap((p) => guideLinks(p, 'en')).sort()).toEqual(expected);
      // Linked from every library page's filter links, marked as the current one on its own page.
      expect(site.mainLinks('/resources/page/2/')).toContain(page);
      const current = htmlTags(site.main(page)).filter((tag) => tag.attrs.get('aria-current') === 'page');
      expect(current.map((tag) => tag.attrs.get('href'))).toContain(page);
    }
  });

  it('marks out-of-date guides in the list', () => {
    const outdated = english().filter((g) => g.outOfDate);
    expect(outdated.length).toBeGreaterThan(0);
    const pages = listPages('/resources/');
    for (const guide of outdated) {
      const page = pages.find((p) => guideLinks(p, 'en').includes(`/resources/${guide.slug}/`)) ?? '';
      const card = site
        .main(page)
        .split('<li class="resource-item')
        .find((c) => c.includes(`/resources/${guide.slug}/`));
      expect(card).toContain('Out of date');
    }
  });

  it('hydrates nothing and stays a bounded page: one page of cards, a small script, the index fetched only to combine filters', () => {
    for (const page of [
      '/resources/',
      '/resources/page/2/',
      '/resources/audience/lawyers/',
      '/ar/resources/',
    ]) {
      const html = site.html(page);
      expect(html).not.toContain('astro-island');
      expect(htmlTags(html).length).toBeLessThan(1200);
      const scripts = htmlTags(html).filter((tag) => tag.name === 'script' && tag.attrs.get('src'));
      for (const script of scripts) {
        const file = fileForUrlPath(site.paths, script.attrs.get('src') ?? '');
        expect(file).not.toBeNull();
        expect(readFileSync(path.join(site.dir, file ?? '')).length).toBeLessThan(8_000);
      }
    }
    const index = JSON.parse(readFileSync(path.join(site.dir, 'resources/filter-index.json'), 'utf8')) as {
      pageSize: number;
      pages: string[];
      rows: unknown[];
    };
    expect(index.rows).toHaveLength(english().length);
    expect(index.pages).toEqual(listPages('/resources/'));
  });
});

describe('links and assets', () => {
  it('resolves every same-site link and asset of every page to a file in the output', () => {
    const rules = originRules({ siteUrl: SITE_URL, outboundLinks: demoContentUrls() });
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const html = readText(file);
      const base = `${SITE_URL}${urlPathOf(file.rel)}`;
      for (const ref of htmlReferences(html)) {
        if (ref.url.startsWith('#')) {
          const id = decodeURIComponent(ref.url.slice(1));
          if (id !== '' && !htmlTags(html).some((tag) => tag.attrs.get('id') === id)) {
            broken.push(`${file.rel}: <${ref.tag} ${ref.attr}="${ref.url}"> (no such id)`);
          }
          continue;
        }
        if (!rules.isSameSite(ref.url, base)) continue;
        checked += 1;
        if (!fileForUrlPath(site.paths, new URL(ref.url, base).pathname)) {
          broken.push(`${file.rel}: <${ref.tag} ${ref.attr}="${ref.url}">`);
        }
      }
    }
    for (const file of site.files.filter((f) => f.rel.endsWith('.css'))) {
      for (const url of cssUrls(readText(file))) {
        const base = `${SITE_URL}/${file.rel}`;
        if (!rules.isSameSite(url, base)) continue;
        checked += 1;
        if (!fileForUrlPath(site.paths, new URL(url, base).pathname)) broken.push(`${file.rel}: url(${url})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the site search', () => {
  const searchable = (urlPath: string): boolean => /<main[^>]*\sdata-pagefind-body/.test(site.html(urlPath));

  it('indexes each entry on its own page, and leaves out the lists that show it', () => {
    const article = articleLinks('/news/', 'en')[0];
    const guide = guideLinks('/resources/', 'en')[0];
    expect(article && guide).toBeTruthy();
    expect(searchable(article ?? '')).toBe(true);
    expect(searchable(guide ?? '')).toBe(true);
    for (const list of [
      '/',
      '/news/',
      '/news/page/2/',
      '/resources/',
      '/directory/',
      '/events/',
      '/projects/',
    ]) {
      expect({ list, searchable: searchable(list) }).toEqual({ list, searchable: false });
    }
  });

  it('lists every searchable page in one shard of the index', () => {
    const list = site.files.find((file) => file.rel === 'pagefind/shards.json');
    expect(list).toBeDefined();
    const manifest = JSON.parse(readText(list as OutputFile)) as { bundles: string[]; pages: number[] };
    const pages = htmlFiles().filter((file) => /<main[^>]*\sdata-pagefind-body/.test(readText(file))).length;
    expect(manifest.pages.reduce((sum, n) => sum + n, 0)).toBe(pages);
    for (const bundle of manifest.bundles) {
      expect(fileForUrlPath(site.paths, `${bundle}pagefind-entry.json`)).not.toBeNull();
    }
  });
});

describe('unpublished and private content', () => {
  /** Every file's bytes as the browser or Pagefind reads them (Pagefind's files decompressed). */
  const everything = (): Array<{ rel: string; text: string }> =>
    site.files.map((file) => ({ rel: file.rel, text: readDecoded(file).toString('utf8') }));

  const filesContaining = (needle: string): string[] =>
    everything()
      .filter((file) => file.text.includes(needle) || decodeEntities(file.text).includes(needle))
      .map((file) => file.rel);

  it('reads the search index too (a published title is found in it)', () => {
    const title = textIn(TRIBUTES[0]!.text, 'en').roleLine;
    expect(
      filesContaining(title).filter((rel) => /^pagefind\/[0-9a-f]+\/fragment\//.test(rel)).length,
    ).toBeGreaterThan(0);
  });

  it('has no trace of the draft article, anywhere', () => {
    expect(draftArticles.length).toBeGreaterThan(0);
    for (const draft of draftArticles) {
      const text = textIn(draft.text, 'en');
      const needles = [draft.slug, text.title, text.summary, text.body.split('\n')[0] ?? ''];
      for (const needle of needles)
        expect({ needle, files: filesContaining(needle) }).toEqual({ needle, files: [] });
    }
  });

  it('has none of the tribute consent record, anywhere', () => {
    const needles = [
      ...privateTributeValues(built.today),
      'consentGiven',
      'consentGivenBy',
      'consentRecordedOn',
      'consentNotes',
    ];
    for (const needle of needles)
      expect({ needle, files: filesContaining(needle) }).toEqual({ needle, files: [] });
  });
});

describe('no CMS, no third parties', () => {
  const rules = () => originRules({ siteUrl: SITE_URL, outboundLinks: demoContentUrls() });
  const textFiles = () => site.files.filter(isTextFile);

  it('never mentions the CMS it was built from', () => {
    const cmsHost = new URL(built.cmsOrigin).host;
    const leaks = textFiles()
      .map((file) => ({ rel: file.rel, text: readText(file) }))
      .filter(({ text }) => text.includes(cmsHost) || /\blocalhost\b|127\.0\.0\.1|\/uploads\//.test(text))
      .map(({ rel }) => rel);
    expect(leaks).toEqual([]);
  });

  it('makes the browser fetch nothing from another origin: src, srcset, <link>, islands, CSS', () => {
    const { isSameSite } = rules();
    const foreign: string[] = [];
    for (const file of site.files.filter((f) => f.rel.endsWith('.html'))) {
      const base = `${SITE_URL}${urlPathOf(file.rel)}`;
      for (const ref of htmlReferences(readText(file))) {
        if (ref.tag === 'a' || ref.tag === 'area' || ref.url.startsWith('#') || ref.url.startsWith('data:'))
          continue;
        // Open Graph tags name the page's own address; anything else here would be fetched.
        if (!isSameSite(ref.url, base)) foreign.push(`${file.rel}: <${ref.tag} ${ref.attr}="${ref.url}">`);
      }
    }
    for (const file of site.files.filter((f) => f.rel.endsWith('.css'))) {
      for (const url of cssUrls(readText(file))) {
        if (!isSameSite(url, `${SITE_URL}/${file.rel}`)) foreign.push(`${file.rel}: url(${url})`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('links out only to the sites the content names, and only with <a href>', () => {
    const { isSameSite, isAllowedOutbound } = rules();
    const unexpected: string[] = [];
    const outbound = new Set<string>();
    for (const file of site.files.filter((f) => f.rel.endsWith('.html'))) {
      for (const ref of htmlReferences(readText(file))) {
        if (ref.tag !== 'a' || !/^(https?:)?\/\//.test(ref.url) || isSameSite(ref.url, SITE_URL)) continue;
        outbound.add(ref.url);
        if (!isAllowedOutbound(ref.url)) unexpected.push(`${file.rel}: ${ref.url}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(outbound).toContain(QUICK_EXIT_URL);
  });

  it('mentions no other address in its pages, feeds, data or styles', () => {
    const { isAllowedInText, isInertScriptUrl } = rules();
    const unexpected: string[] = [];
    for (const file of textFiles()) {
      // Pagefind's own files are copied as shipped (translator credits, comments); their
      // requests are covered by the CSS check above and by the browser tests.
      if (file.rel.startsWith('pagefind/')) continue;
      const isScript = /\.m?js$/.test(file.rel);
      for (const url of absoluteUrls(decodeEntities(readText(file)))) {
        const allowed = isScript ? isInertScriptUrl(url) || isAllowedInText(url) : isAllowedInText(url);
        if (!allowed) unexpected.push(`${file.rel}: ${url}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});

describe('resource files', () => {
  it('publishes each resource file once, as a valid PDF under a content-addressed path', async () => {
    const pdfs = site.files.filter((file) => file.rel.startsWith('files/'));
    expect(pdfs.length).toBe(RESOURCES.reduce((sum, resource) => sum + resource.files.length, 0));
    for (const file of pdfs) {
      const [, hash, name] = file.rel.split('/');
      expect({ file: file.rel, parts: file.rel.split('/').length }).toEqual({ file: file.rel, parts: 3 });
      expect(name).toMatch(/\.pdf$/);
      const bytes = readFileSync(file.abs);
      expect(hash).toMatch(/^[0-9a-f]{16,}$/);
      expect(
        createHash('sha256')
          .update(bytes)
          .digest('hex')
          .startsWith(hash ?? '-'),
      ).toBe(true);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(pdf.getPageCount()).toBeGreaterThan(0);
    }
  });
});
