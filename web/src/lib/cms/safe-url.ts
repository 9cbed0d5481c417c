/**
 * The one rule for every address the site writes into an `href` or `src` from CMS content: only
 * `http:`, `https:`, `mailto:`, `tel:`, site-relative paths (`/…`) and in-page anchors (`#…`).
 * Content can reach the site by roads that skip the CMS's validation (a restore, the database, a
 * migration), so the site checks again and never relies on the CMS having done it.
 */

/**
 * Characters no link an editor types contains, and which browsers strip or reinterpret while
 * parsing (so "java\tscript:" becomes "javascript:"): controls, spaces of every kind, and the
 * invisible formatting and direction marks.
 */
const HIDDEN_OR_SPACE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\ufff0-\uffff]/;

export const hasHiddenCharacters = (value: string): boolean => HIDDEN_OR_SPACE.test(value);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const MAX_URL_LENGTH = 2048;

/**
 * The address to link to, or null when the site must not link to it. Absolute web addresses must
 * be written out (`https://host…`) and carry no user name or password; `//host` and `/\host`
 * (which browsers read as another site) are refused, as is anything entity-encoded, since an
 * encoded scheme is never a scheme.
 */
export const safeHref = (value: unknown): string | null => {
  if (typeof value !== 'string' || value === '' || value.length > MAX_URL_LENGTH) return null;
  if (hasHiddenCharacters(value) || value.includes('\\')) return null;
  if (value.startsWith('#')) return value;
  if (value.startsWith('/')) return value.startsWith('//') ? null : value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!/^https?:\/\/[^/]/i.test(value) || url.username !== '' || url.password !== '' || url.hostname === '')
      return null;
  }
  return value;
};

export const isSafeHref = (value: unknown): boolean => safeHref(value) !== null;

/** Shortens an address for a message an editor reads (it may be 100 KB of anything). */
export const shownValue = (value: string, max = 80): string =>
  JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value).slice(1, -1);

export const unsafeLinkMessage = (value: unknown): string =>
  `The link '${shownValue(String(value))}' is not one the website can use: links must start with https://, http://, mailto:, tel: or /.`;

/**
 * The absolute address of a file in the CMS's media library (`/uploads/…` on the CMS itself), or
 * null for anything else: the build downloads and optimises only what the CMS stores, and never
 * fetches or embeds an address an entry could point anywhere.
 */
export const cmsUploadUrl = (cmsUrl: string, value: unknown): string | null => {
  if (typeof value !== 'string' || value === '' || value.length > MAX_URL_LENGTH) return null;
  if (hasHiddenCharacters(value) || value.includes('\\') || value.startsWith('//')) return null;
  try {
    const base = new URL(`${cmsUrl.replace(/\/+$/, '')}/`);
    const url = new URL(value, base);
    const sameOrigin = url.origin === base.origin && url.username === '' && url.password === '';
    return sameOrigin && url.pathname.startsWith('/uploads/') ? url.href : null;
  } catch {
    return null;
  }
};

/** An external https address for a button or form that leaves the site, or null. */
export const httpsHref = (value: unknown): string | null => {
  const href = safeHref(value);
  return href !== null && /^https:\/\//i.test(href) ? href : null;
};
