import { absoluteUrl, langParam, localePath, routes } from '../urls';

describe('site URLs', () => {
  it('gives English no prefix and other locales their code, always with a trailing slash', () => {
    expect(routes.home('en')).toBe('/');
    expect(routes.home('ar')).toBe('/ar/');
    expect(routes.article('en', 'a-story')).toBe('/news/a-story/');
    expect(routes.article('fa', 'a-story')).toBe('/fa/news/a-story/');
    expect(routes.resource('sq', 'guide')).toBe('/sq/resources/guide/');
    expect(routes.page('en', 'privacy-notice')).toBe('/privacy-notice/');
    expect(routes.getHelp('ro')).toBe('/ro/get-help/');
  });

  it('puts the news archive pages under /news/page/', () => {
    expect(routes.news('en')).toBe('/news/');
    expect(routes.news('en', 0)).toBe('/news/');
    expect(routes.news('en', 1)).toBe('/news/page/1/');
    expect(routes.news('en', 2)).toBe('/news/page/2/');
    expect(routes.news('ar', 3)).toBe('/ar/news/page/3/');
  });

  it('puts feeds at /rss.xml and /<locale>/rss.xml', () => {
    expect(routes.rss('en')).toBe('/rss.xml');
    expect(routes.rss('ar')).toBe('/ar/rss.xml');
  });

  it('encodes slugs that are not plain ASCII', () => {
    expect(localePath('ar', 'news', 'مرحبا')).toBe(`/ar/news/${encodeURIComponent('مرحبا')}/`);
  });

  it('uses an undefined route parameter for English', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('ar')).toBe('ar');
  });

  it('makes absolute URLs against the site address', () => {
    expect(absoluteUrl('/news/', new URL('https://example.org'))).toBe('https://example.org/news/');
    expect(absoluteUrl('/news/', undefined)).toBe('/news/');
  });
});
