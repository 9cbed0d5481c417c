/** An RSS 2.0 document, written by hand (a few lines; no dependency). */
export type RssItem = { title: string; link: string; description: string; date: Date; category?: string };
export type RssFeed = {
  title: string;
  description: string;
  link: string;
  selfLink: string;
  language: string;
  items: readonly RssItem[];
};

export const escapeXml = (value: string): string =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

export const rssXml = (feed: RssFeed): string => {
  const items = feed.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      `      <pubDate>${item.date.toUTCString()}</pubDate>`,
      `      <description>${escapeXml(item.description)}</description>`,
      ...(item.category ? [`      <category>${escapeXml(item.category)}</category>`] : []),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.link)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    `    <language>${escapeXml(feed.language)}</language>`,
    `    <atom:link href="${escapeXml(feed.selfLink)}" rel="self" type="application/rss+xml"/>`,
    ...(feed.items[0] ? [`    <lastBuildDate>${feed.items[0].date.toUTCString()}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
};
