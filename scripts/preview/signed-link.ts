/**
 * Checks a preview link the CMS signed (cms/src/preview/signed-link.ts): every field present once,
 * the signature right for exactly this entry, language, status and expiry, and the link not
 * expired. Anything else is refused, with the reason for the log. The signed bytes are the CMS's
 * (the unit tests check links the CMS's own code signed); this file is run by Node as it is, and
 * the CMS's is CommonJS, so it is not imported.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PreviewTarget } from '../../web/src/preview/request-target.ts';

const signature = (target: PreviewTarget, expires: number, secret: string): string =>
  createHmac('sha256', secret)
    .update(
      ['preview-v1', target.uid, target.documentId, target.locale, target.status, String(expires)].join('\n'),
    )
    .digest('base64url');

const FIELDS = ['uid', 'documentId', 'locale', 'status', 'expires', 'signature'] as const;
/** The CMS signs links for at most an hour (PREVIEW_LINK_TTL_SECONDS): a longer one is not its. */
const MAX_LIFETIME_SECONDS = 3600;

export type LinkCheck = { ok: true; target: PreviewTarget } | { ok: false; reason: string };

export const checkPreviewLink = (query: URLSearchParams, secret: string, now = Date.now()): LinkCheck => {
  const values: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const field of FIELDS) {
    const all = query.getAll(field);
    if (all.length !== 1 || !all[0]) return { ok: false, reason: `${field} missing or repeated` };
    values[field] = all[0];
  }
  const { uid = '', documentId = '', locale = '', status, expires = '', signature: given = '' } = values;
  if (status !== 'draft' && status !== 'published') return { ok: false, reason: 'unknown status' };
  if (!/^[1-9]\d{0,11}$/.test(expires)) return { ok: false, reason: 'malformed expiry' };
  const target: PreviewTarget = { uid, documentId, locale, status };
  const expected = Buffer.from(signature(target, Number(expires), secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { ok: false, reason: 'bad signature' };
  const left = Number(expires) - Math.floor(now / 1000);
  if (left < 0) return { ok: false, reason: 'expired' };
  if (left > MAX_LIFETIME_SECONDS) return { ok: false, reason: 'expiry too far ahead' };
  return { ok: true, target };
};
