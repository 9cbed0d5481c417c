import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRedirectMap, type RedirectData } from '../redirect-map';
import { parseAllowedHosts } from '../redirect-rules';

const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const moved = (over: Partial<RedirectData['moved'][number]>): RedirectData['moved'][number] => ({
  uid: ARTICLE,
  locale: 'en',
  slug: 'old',
  currentSlug: null,
  replacementSlug: null,
  replacementLocale: null,
  ...over,
});
const manual = (fromPath: string, toPath: string, documentId = fromPath) => ({
  documentId,
  fromPath,
  toPath,
});

const live = new Set(['/', '/news', '/news/new', '/ar/news/new-ar', '/resources/newer', '/about', '/clash']);
const options = { isLive: (key: string) => live.has(key), allowedHosts: parseAllowedHosts('www.gov.uk') };

describe('the build’s redirect map', () => {
  it('sends an old slug to the new one in its own language, and a removed entry to 410 in its language', () => {
    const { rules, leftOut } = buildRedirectMap(
      {
        moved: [
          moved({ slug: 'old', currentSlug: 'new' }),
          moved({ locale: 'ar', slug: 'old-ar', currentSlug: 'new-ar' }),
          moved({ locale: 'fa', slug: 'deleted' }),
          moved({ uid: RESOURCE, slug: 'older', replacementSlug: 'newer', replacementLocale: 'en' }),
        ],
        manual: [],
      },
      options,
    );
    expect(rules).toEqual({
      '/news/old': { status: 301, to: '/news/new/' },
      '/ar/news/old-ar': { status: 301, to: '/ar/news/new-ar/' },
      '/fa/news/deleted': { status: 410, locale: 'fa' },
      '/resources/older': { status: 301, to: '/resources/newer/' },
    });
    expect(leftOut).toEqual([]);
  });

  it('never hides a live page, never sends anyone to a page the build did not make', () => {
    const { rules } = buildRedirectMap(
      {
        moved: [
          moved({ slug: 'new', currentSlug: 'other' }),
          moved({ slug: 'left-out-now', currentSlug: 'not-built' }),
          moved({ slug: 'same', currentSlug: 'same' }),
        ],
        manual: [],
      },
      options,
    );
    expect(rules).toEqual({});
  });

  it('leaves out a bad editor’s redirect and names it, and keeps the good ones', () => {
    const { rules, leftOut } = buildRedirectMap(
      {
        moved: [],
        manual: [
          manual('/%2F%2Fevil.example', '/about/', 'a'),
          manual('/leaflet', 'https://evil.example/', 'b'),
          manual('/clash/', '/about/', 'c'),
          manual('/good', 'https://www.gov.uk/x', 'd'),
          manual('/good/', '/about/', 'e'),
        ],
      },
      options,
    );
    expect(rules).toEqual({ '/good': { status: 301, to: 'https://www.gov.uk/x', manual: true } });
    expect(leftOut.map((entry) => [entry.documentId, entry.type])).toEqual([
      ['a', 'api::redirect.redirect'],
      ['b', 'api::redirect.redirect'],
      ['c', 'api::redirect.redirect'],
      ['e', 'api::redirect.redirect'],
    ]);
    expect(leftOut[0]?.problem).toMatch(/cannot start with \/\//);
    expect(leftOut[1]?.problem).toMatch(/does not redirect to evil\.example/);
  });

  it('cuts chains to one hop and drops loops', () => {
    const { rules, leftOut } = buildRedirectMap(
      {
        moved: [moved({ slug: 'old', currentSlug: 'new' })],
        manual: [
          manual('/leaflet', '/news/old/', 'chain'),
          manual('/loop-a', '/loop-b', 'a'),
          manual('/loop-b', '/loop-a', 'b'),
        ],
      },
      options,
    );
    expect(rules['/leaflet']).toEqual({ status: 301, to: '/news/new/', manual: true });
    expect(rules['/loop-a']).toBeUndefined();
    expect(rules['/loop-b']).toBeUndefined();
    expect(leftOut.map((entry) => entry.documentId).sort()).toEqual(['a', 'b']);
  });

  it('uses the very same rules file as the CMS', () => {
    const root = path.resolve(__dirname, '../../../../../..');
    expect(readFileSync(path.join(root, 'web/src/lib/site/redirects/redirect-rules.ts'), 'utf8')).toBe(
      readFileSync(path.join(root, 'cms/src/redirects/redirect-rules.ts'), 'utf8'),
    );
  });
});
