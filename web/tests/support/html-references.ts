/**
 * Every URL an HTML page or stylesheet points at, with the tag and attribute it sits in, so a
 * test can tell a link a visitor may follow (`<a href>`) from a resource the browser fetches on
 * its own (`src`, `srcset`, `<link href>`, CSS `url()`). Astro's output is regular enough for a
 * tag-level scan: attributes are quoted, and scripts and styles are skipped before scanning.
 */

export type Reference = { tag: string; attr: string; url: string };

export const decodeEntities = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

/** Attributes holding URLs, including Astro's island loaders (fetched as scripts). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);

/** `a.jpg 1x, b.jpg 2x` -> the URLs. */
export const srcsetUrls = (value: string): string[] =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');

/** URLs in CSS: `url(...)` and `@import "..."`. */
export const cssUrls = (css: string): string[] => {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) urls.push(match[2] ?? '');
  for (const match of css.matchAll(/@import\s+(['"])(.*?)\1/g)) urls.push(match[2] ?? '');
  return urls.filter((url) => url !== '' && !url.startsWith('data:'));
};

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** A start tag, its attributes whole: a quoted value may hold `>` (`content="&quot;><img…"` is text). */
const TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** Drops script bodies, style bodies and comments: their text is not markup. */
const markupOnly = (html: string): string =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');

export type Tag = { name: string; attrs: Map<string, string> };

export const htmlTags = (html: string): Tag[] => {
  const tags: Tag[] = [];
  for (const match of markupOnly(html).matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const attr of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = (attr[1] ?? '').toLowerCase();
      attrs.set(name, decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? ''));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attrs });
  }
  return tags;
};

/** The inline `<style>` blocks and `style=""` attributes of a page. */
export const inlineStyles = (html: string): string[] => [
  ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? ''),
  ...htmlTags(html).flatMap((tag) => (tag.attrs.has('style') ? [tag.attrs.get('style') ?? ''] : [])),
];

export const htmlReferences = (html: string): Reference[] => {
  const refs: Reference[] = [];
  for (const tag of htmlTags(html)) {
    for (const [attr, value] of tag.attrs) {
      if (!URL_ATTRIBUTES.has(attr) || value === '') continue;
      const urls = attr === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) refs.push({ tag: tag.name, attr, url });
    }
    // og:image and the like: a URL a crawler fetches on the page's behalf.
    const content = tag.attrs.get('content');
    if (tag.name === 'meta' && content && /^https?:\/\//.test(content)) {
      refs.push({ tag: 'meta', attr: 'content', url: content });
    }
  }
  for (const css of inlineStyles(html)) {
    for (const url of cssUrls(css)) refs.push({ tag: 'style', attr: 'url()', url });
  }
  return refs;
};

/** What a reader sees: the page's text without markup, scripts or styles, whitespace collapsed. */
export const visibleText = (html: string): string =>
  decodeEntities(
    markupOnly(html)
      .replace(/<(script|style)\b[^>]*><\/\1>/gi, ' ')
      // A break opportunity inside a word, not a space (lib/site/blocks.ts's breakableRuns).
      .replace(/<wbr\s*\/?>/gi, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
