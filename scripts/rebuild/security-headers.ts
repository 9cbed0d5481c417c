/**
 * Response headers for the public site, shared so every place that serves the built site
 * (this service, a reverse proxy config, a preview server) can send the same policy.
 * No third-party origins anywhere: visitors may be watched, and the ICO Children's Code
 * rules out third-party requests.
 */

export type CspOptions = {
  /** Sources for script-src; add hashes ('sha256-…') or 'unsafe-inline' only if the site needs them. */
  scriptSrc?: string;
  /** Who may frame the pages: nobody for the site; the admin for the draft preview (scripts/preview). */
  frameAncestors?: string;
};

/**
 * Inline scripts are allowed by this header only so that each page's own, stricter policy can
 * decide: every HTML page carries a <meta> CSP that Astro generates with a sha256 hash for each
 * inline script it emits (the quick exit, island bootstrap). A browser enforces both policies, so
 * the effective rule is "own-origin files, plus inline scripts whose hash the page declares".
 * Hashes can't go in this header: they differ per page and per build. WebAssembly is for the
 * search page's Pagefind index (same-origin).
 */
export const DEFAULT_SCRIPT_SRC = "'self' 'unsafe-inline' 'wasm-unsafe-eval'";

export const contentSecurityPolicy = ({
  scriptSrc = DEFAULT_SCRIPT_SRC,
  frameAncestors = "'none'",
}: CspOptions = {}): string =>
  [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    `script-src ${scriptSrc}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

/** The header policy; see DEFAULT_SCRIPT_SRC for how it combines with each page's own policy. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const securityHeaders = (options: CspOptions = {}): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': contentSecurityPolicy(options),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  // Browsers ignore HSTS over plain HTTP, so sending it always is safe and covers HTTPS deployments.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
});

/** Content-hashed paths never change content, so browsers may keep them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** HTML and other files whose URL stays the same across releases: always revalidate (cheap with ETag). */
export const REVALIDATE_CACHE = 'no-cache';
