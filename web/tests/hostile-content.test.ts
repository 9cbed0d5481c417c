/**
 * A real site build from a real CMS (the demo content plus support/hostile-content.ts): entries
 * the site cannot publish (a slug of '..' or '.', a script link, a page on a section's address…,
 * put in the database past the CMS's checks) never stop the build. Exactly those are left out
 * and named in the build's list; every page that linked to them still builds, without a dangling
 * link; hostile text anywhere is written as text, never as markup.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { htmlReferences, htmlTags, visibleText } from './support/html-references';
import {
  addHostileContent,
  HOSTILE,
  HOSTILE_PAGES,
  HOSTILE_SLUGS,
  LEFT_OUT,
} from './support/hostile-content';
import { buildSeededSite, type SeededSite } from './support/seeded-site';
import { readSiteOutput, type SiteOutput } from './support/site-output';

jest.setTimeout(300_000);

type LeftOutEntry = {
  type: string;
  documentId: string;
  locale: string;
  title: string | null;
  problem: string;
};

let built: SeededSite;
let site: SiteOutput;
let leftOut: LeftOutEntry[];
let reportDir: string;

beforeAll(async () => {
  reportDir = mkdtempSync(path.join(os.tmpdir(), 'left-out-'));
  const leftOutFile = path.join(reportDir, 'left-out.json');
  built = await buildSeededSite({
    siteUrl: 'https://charity-site.test',
    addContent: addHostileContent,
    leftOutFile,
  });
  site = readSiteOutput(built.dir);
  leftOut = JSON.parse(readFileSync(leftOutFile, 'utf8')) as LeftOutEntry[];
});
afterAll(() => {
  built?.remove();
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
});

const htmlPages = () => site.files.filter((file) => file.rel.endsWith('.html'));

describe('one bad entry never stops the site', () => {
  it('leaves out exactly the entries it cannot publish, and names each in plain words', () => {
    const named = leftOut.map(({ type, title, locale }) => ({ type, title, locale }));
    expect(named).toHaveLength(LEFT_OUT.length);
    for (const expected of LEFT_OUT) {
      const entry = leftOut.find((e) => e.type === expected.type && e.title === expected.title);
      expect(entry).toEqual({
        type: expected.type,
        documentId: expect.stringMatching(/^[a-z0-9]+$/),
        locale: 'locale' in expected ? expected.locale : 'en',
        title: expected.title,
        problem: expect.stringMatching(expected.problem),
      });
    }
  });

  it('builds everything else, the demo content and the hostile-but-valid entries alike', () => {
    for (const page of HOSTILE_PAGES) expect(site.has(page)).toBe(true);
    expect(site.has('/news/')).toBe(true);
    expect(site.mainText('/news/')).not.toContain('Left out: page named news');
    expect(site.has('/news/article-left-out-script/')).toBe(false);
    expect(site.has('/news/article-left-out-dots/')).toBe(false);
    expect(site.has('/news/article-left-out-empty/')).toBe(false);
    // The Albanian about page could not be read: Albanian goes on without it.
    expect(site.has('/sq/')).toBe(true);
    expect(site.has('/sq/about/')).toBe(false);
    expect(site.files.some((file) => /(^|\/)\.\.?(\/|$)/.test(file.rel))).toBe(false);
  });

  it('links to no entry it left out: every link of every page leads to a page that exists', () => {
    const article = `/news/${HOSTILE_SLUGS.article}/`;
    // The article linked a left-out guide, a left-out topic and a left-out translation.
    expect(site.mainText(article)).not.toContain('Left out');
    expect(site.html(article)).not.toContain('/ar/news/');
    expect(site.mainLinks(article)).toContain(`/news/topic/${HOSTILE_SLUGS.topic}/`);
    expect(site.mainLinks(`/projects/${HOSTILE_SLUGS.project}/`)).toContain(article);
    const dangling = htmlPages().flatMap((file) =>
      htmlReferences(readFileSync(file.abs, 'utf8'))
        .filter((ref) => ref.tag === 'a' && ref.url.startsWith('/') && !ref.url.startsWith('//'))
        .map((ref) => decodeURI(ref.url.split(/[?#]/)[0] ?? ''))
        .filter((url) => !site.has(url))
        .map((url) => `${file.rel} -> ${url}`),
    );
    expect(dangling).toEqual([]);
  });
});

describe('hostile text', () => {
  it('shows every hostile string as the text it is', () => {
    const article = `/news/${HOSTILE_SLUGS.article}/`;
    const text = site.mainText(article);
    for (const value of [HOSTILE.title, HOSTILE.summary, HOSTILE.bodyHtml, HOSTILE.bidi, HOSTILE.longWord]) {
      expect(text).toContain(value.trim());
    }
    expect(site.mainText('/glossary/')).toContain(HOSTILE.term);
    expect(site.mainText(`/tributes/${HOSTILE_SLUGS.tribute}/`)).toContain(HOSTILE.roleLine);
    expect(site.mainText(`/projects/${HOSTILE_SLUGS.project}/`)).toContain(HOSTILE.partnerName);
    // The settings' text is on every page, header and footer.
    for (const page of ['/', '/news/', '/get-help/']) {
      const text = visibleText(site.html(page));
      expect(text).toContain(HOSTILE.tagline);
      expect(text).toContain(HOSTILE.openingHours);
    }
  });

  it('never writes it as markup: no script, handler, frame or javascript: URL appears in any page', () => {
    const problems = htmlPages().flatMap((file) =>
      htmlTags(readFileSync(file.abs, 'utf8')).flatMap((tag) => {
        const found: string[] = [];
        if (['iframe', 'svg', 'object', 'embed'].includes(tag.name) && tag.attrs.has('onload'))
          found.push(tag.name);
        if (tag.name === 'iframe') found.push('<iframe>');
        for (const [name, value] of tag.attrs) {
          if (name.startsWith('on')) found.push(`${tag.name} ${name}`);
          if (/^\s*(javascript|data|vbscript):/i.test(value) && name !== 'content')
            found.push(`${tag.name} ${name}=${value}`);
        }
        return found.map((problem) => `${file.rel}: ${problem}`);
      }),
    );
    expect(problems).toEqual([]);
    // And no <script> an editor wrote: the only scripts are the site's own (hashed into its CSP).
    const scripts = htmlTags(site.html(`/news/${HOSTILE_SLUGS.article}/`)).filter(
      (tag) => tag.name === 'script',
    );
    const plain = htmlTags(site.html('/news/')).filter((tag) => tag.name === 'script');
    expect(scripts.length).toBe(plain.length);
  });

  it('keeps the <title> and meta tags whole, and isolates editor text inside other text', () => {
    const raw = site.html(`/news/${HOSTILE_SLUGS.article}/`);
    expect(raw.match(/<title>/g)).toHaveLength(1);
    const title = /<title>([\s\S]*?)<\/title>/.exec(raw)?.[1] ?? '';
    expect(title).toContain('&lt;/title&gt;');
    // Each name in the document title is isolated (U+2068 … U+2069): the override cannot flip the rest.
    expect(title).toMatch(/^\u2068.*\u2069 \| \u2068.*\u2069$/);
    const meta = htmlTags(raw).find((tag) => tag.name === 'meta' && tag.attrs.get('name') === 'description');
    expect(meta?.attrs.get('content')).toBe(HOSTILE.seoDescription);
    expect(site.mainText(`/news/topic/${HOSTILE_SLUGS.topic}/`)).toContain(`\u2068${HOSTILE.topic}\u2069`);
    // The settings' tagline (with its override) is isolated in the header of every page.
    const header = htmlTags(site.html('/'))
      .filter((tag) => tag.name === 'bdi')
      .map((tag) => tag.attrs.get('class'));
    expect(header).toEqual(expect.arrayContaining(['brand__name', 'brand__tagline']));
  });
});
