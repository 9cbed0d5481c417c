/**
 * Which other web addresses a built site may mention, and where. Visitors may be watched and
 * the ICO Children's Code rules out third-party requests: the site may *link* to a few other
 * sites a person chooses to visit, but never make the browser fetch anything from them.
 */

/** Namespace names in SVG, XML and feeds: identifiers, never fetched. */
const NAMESPACE_PREFIXES = ['http://www.w3.org/', 'http://www.sitemaps.org/schemas/sitemap/'];

/**
 * Addresses inside the site's bundled JavaScript that are text, not requests: namespace names
 * React uses to create SVG/MathML elements, and the link React prints in its error messages.
 * A new entry here needs the same check: is it ever fetched?
 */
const INERT_SCRIPT_PREFIXES = [...NAMESPACE_PREFIXES, 'https://react.dev/errors/'];

export const ABSOLUTE_URL = /https?:\/\/[^\s"'<>()\\`{}|^]+/g;

export const absoluteUrls = (text: string): string[] => [...text.matchAll(ABSOLUTE_URL)].map((m) => m[0]);

/** Outbound links compare without a trailing slash or fragment: `https://x.org/a/` = `https://x.org/a`. */
const normalise = (url: string): string => url.replace(/#.*$/, '').replace(/\/+$/, '');

export type OriginRules = {
  siteUrl: string;
  /** Addresses the content links to (partners, quick exit, donate...). */
  outboundLinks: ReadonlySet<string>;
};

export const originRules = ({ siteUrl, outboundLinks }: OriginRules) => {
  const siteOrigin = new URL(siteUrl).origin;
  const outbound = new Set([...outboundLinks].map(normalise));
  const isSameSite = (url: string, base: string): boolean => {
    try {
      return new URL(url, base).origin === siteOrigin;
    } catch {
      return false;
    }
  };
  return {
    siteOrigin,
    isSameSite,
    isAllowedOutbound: (url: string): boolean => outbound.has(normalise(url)),
    /** May this absolute URL appear in the site's own text files (HTML, feeds, JSON, CSS)? */
    isAllowedInText: (url: string): boolean =>
      url.startsWith(`${siteOrigin}/`) ||
      url === siteOrigin ||
      outbound.has(normalise(url)) ||
      NAMESPACE_PREFIXES.some((prefix) => url.startsWith(prefix)),
    isInertScriptUrl: (url: string): boolean =>
      INERT_SCRIPT_PREFIXES.some((prefix) => url.startsWith(prefix)),
  };
};
