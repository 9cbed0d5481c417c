/**
 * What every preview response carries: never cached or indexed, framed only by the admin, and
 * the public site's own security policy otherwise (scripts/rebuild/security-headers.ts).
 */
import { securityHeaders } from '../rebuild/security-headers.ts';

export const previewHeaders = (adminOrigin: string): Readonly<Record<string, string>> => {
  const { 'X-Frame-Options': _frameOptions, ...site } = securityHeaders({ frameAncestors: adminOrigin });
  return {
    ...site,
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow, noarchive',
  };
};
