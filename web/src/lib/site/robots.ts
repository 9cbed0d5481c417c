/** The robots.txt text: allow everything but the search result pages; name the sitemap. */
export const robotsTxt = (site: URL | undefined): string =>
  [
    'User-agent: *',
    'Disallow: /search/',
    'Disallow: /*/search/',
    'Allow: /',
    ...(site ? ['', `Sitemap: ${new URL('/sitemap.xml', site).href}`] : []),
    '',
  ].join('\n');
