/**
 * The one rule for addresses editors type, the same as the site's (web/src/lib/cms/safe-url.ts):
 * `http:`, `https:`, `mailto:`, `tel:`, site-relative paths (`/…`) and anchors (`#…`). Strapi's
 * own check of rich-text links lets `//other-site` through and never looks at plain text fields.
 */

/** Controls, spaces of every kind and invisible marks: browsers strip or reinterpret them in links. */
const HIDDEN_OR_SPACE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\ufff0-\uffff]/;

const MAX_URL_LENGTH = 2048;

/** Rich-text links: any of the kinds the site links to, relative ones (`/`, `#`) included. */
export const RICH_TEXT_LINKS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:', '/']);
/** Plain web address fields (partner websites, social links, donate…): https only. */
export const HTTPS_ONLY: ReadonlySet<string> = new Set(['https:']);

export type LinkProblem = 'hidden-characters' | 'not-allowed' | 'credentials';

/** What is wrong with a link, or undefined when the site may link to it. */
export const linkProblem = (value: string, protocols: ReadonlySet<string>): LinkProblem | undefined => {
  if (value === '' || value.length > MAX_URL_LENGTH) return 'not-allowed';
  if (HIDDEN_OR_SPACE.test(value) || value.includes('\\')) return 'hidden-characters';
  const relative = protocols.has('/');
  if (value.startsWith('#')) return relative ? undefined : 'not-allowed';
  if (value.startsWith('/')) return relative && !value.startsWith('//') ? undefined : 'not-allowed';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not-allowed';
  }
  if (!protocols.has(url.protocol)) return 'not-allowed';
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!/^https?:\/\/[^/]/i.test(value) || url.hostname === '') return 'not-allowed';
    if (url.username !== '' || url.password !== '') return 'credentials';
  }
  return undefined;
};

/** Shortens what an editor typed for a message (it may be 100 KB of anything). */
export const shownValue = (value: string, max = 80): string =>
  JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value).slice(1, -1);
