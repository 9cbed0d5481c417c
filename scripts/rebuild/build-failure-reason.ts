/**
 * The line of a failed site build's output that says why it failed, so the build record (and
 * the editors' Website panel, which shows the error's first line) reads "Cannot reach the CMS at
 * … Is it running?" rather than only "build command exited with code 1". Recognised: the CMS
 * loader's errors (web/src/loaders/strapi/client.ts, lib/cms/files/file-cache.ts) and the site's
 * settings errors (web/src/env.ts, loaders/strapi/options.ts).
 */
const REASON_LINES: RegExp[] = [
  /Cannot reach the CMS at /,
  /The CMS at \S+ (refused|could not answer|did not answer)/,
  /Reading the CMS at \S+ failed/,
  /Cannot download .+ from /,
  /The site cannot be built: /,
  /Strapi loader: /,
];
const MAX_LENGTH = 300;
// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const ANSI = /\u001b\[[0-9;]*m/g;

/** The last recognised reason line in the build's output tail, or null. */
export const buildFailureReason = (logTail: readonly string[]): string | null => {
  for (let i = logTail.length - 1; i >= 0; i -= 1) {
    const line = (logTail[i] ?? '').replace(ANSI, '').trim();
    if (!REASON_LINES.some((pattern) => pattern.test(line))) continue;
    // "[ERROR] …", "error: …" or an error's stack header ("CmsRequestError: …") before the reason.
    const reason = line.replace(/^(\[ERROR\]\s*|error:?\s*)?([A-Za-z]*Error:\s*)?/i, '');
    return reason.length > MAX_LENGTH ? `${reason.slice(0, MAX_LENGTH - 1)}…` : reason;
  }
  return null;
};
