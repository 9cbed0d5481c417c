/**
 * The site's Content-Security-Policy, beyond what Astro adds itself (Astro hashes its own inline
 * scripts and styles into script-src/style-src when `security.csp` is on). Nothing third-party:
 * every source is the site itself. `frame-ancestors` is not allowed in a <meta> policy: the web
 * server sends it as a header.
 */
import { createHash } from 'node:crypto';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The CSP source for an inline script: `sha256-<base64>` of its exact text. */
export const scriptHash = (source: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;

/** The part of Astro's per-page CSP API the layout uses (Astro.csp is undefined when CSP is off). */
export type CspApi = {
  insertDirective(directive: string): void;
  insertScriptHash(hash: string): void;
  insertScriptResource(resource: string): void;
};

export const applySiteCsp = (csp: CspApi | undefined, inlineScripts: readonly string[] = []): void => {
  if (!csp) return;
  for (const directive of CSP_DIRECTIVES) csp.insertDirective(directive);
  for (const source of inlineScripts) csp.insertScriptHash(scriptHash(source));
};
