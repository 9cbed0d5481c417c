/**
 * Turns a request target into a safe path inside a release, or says why it cannot.
 * Refuses traversal (`..` in any encoding), backslashes, NUL bytes and dotfiles.
 */
export type SitePath =
  | { ok: true; pathname: string; segments: string[]; trailingSlash: boolean; query: string }
  | { ok: false; status: 400 | 404; reason: string };

/** Dot-directories a site may legitimately publish. */
const ALLOWED_DOT_SEGMENTS = new Set(['.well-known']);

export const parseSitePath = (target: string | undefined): SitePath => {
  const raw = target ?? '/';
  const q = raw.indexOf('?');
  const rawPath = q === -1 ? raw : raw.slice(0, q);
  const query = q === -1 ? '' : raw.slice(q);
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'not an origin-form path' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 400, reason: 'forbidden character in path' };
  }
  const trailingSlash = pathname.endsWith('/');
  const segments = pathname.split('/').slice(1, trailingSlash ? -1 : undefined);
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return { ok: false, status: 400, reason: 'path traversal' };
    if (segment === '') return { ok: false, status: 404, reason: 'empty path segment' };
    if (segment.startsWith('.') && !ALLOWED_DOT_SEGMENTS.has(segment)) {
      return { ok: false, status: 404, reason: 'hidden file' };
    }
  }
  return { ok: true, pathname, segments, trailingSlash, query };
};

/** Paths whose names change whenever their content does. */
export const isContentHashed = (pathname: string): boolean =>
  pathname.startsWith('/_astro/') || /^\/files\/[A-Za-z0-9_-]{8,}\//.test(pathname);
