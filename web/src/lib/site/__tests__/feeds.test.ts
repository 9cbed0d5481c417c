import { robotsTxt } from '../robots';
import { rssXml } from '../rss';
import { sitemapPaths, sitemapXml } from '../sitemap';

describe('sitemap', () => {
  it('lists built HTML pages once each, without the 404 and search pages or files', () => {
    expect(
      sitemapPaths([
        '',
        'news/',
        'ar/news/x/',
        'news/',
        '404/',
        '404.html',
        'search/',
        'ar/search/',
        'rss.xml',
      ]),
    ).toEqual(['/', '/ar/news/x/', '/news/']);
  });

  it('lists the resource library and its guides, not its later and per-filter pages', () => {
    expect(
      sitemapPaths([
        'resources/',
        'resources/page/',
        'resources/type/',
        'resources/page/2/',
        'resources/language/ar/',
        'ar/resources/audience/lawyers/page/2/',
        'fa/resources/topic/asylum/',
      ]),
    ).toEqual(['/resources/', '/resources/page/', '/resources/type/']);
  });

  it('writes absolute, escaped URLs', () => {
    const xml = sitemapXml(['/', '/a&b/'], new URL('https://example.org'));
    expect(xml).toContain('<loc>https://example.org/</loc>');
    expect(xml).toContain('<loc>https://example.org/a&amp;b/</loc>');
  });
});

describe('robots.txt', () => {
  it('keeps search pages out and points to the sitemap', () => {
    const text = robotsTxt(new URL('https://example.org'));
    expect(text).toContain('Disallow: /search/');
    expect(text).toContain('Sitemap: https://example.org/sitemap.xml');
  });
});

describe('RSS', () => {
  it('escapes text and dates items in RFC 822 form', () => {
    const xml = rssXml({
      title: 'News & views',
      description: 'd',
      link: 'https://example.org/news/',
      selfLink: 'https://example.org/rss.xml',
      language: 'en',
      items: [
        {
          title: '<Big> day',
          link: 'https://example.org/news/x/',
          description: 's',
          date: new Date('2026-03-03T00:00:00Z'),
        },
      ],
    });
    expect(xml).toContain('<title>News &amp; views</title>');
    expect(xml).toContain('<title>&lt;Big&gt; day</title>');
    expect(xml).toContain('<pubDate>Tue, 03 Mar 2026 00:00:00 GMT</pubDate>');
  });
});
