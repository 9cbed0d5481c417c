/**
 * Signed, short-lived preview links. The CMS signs what one link shows (type, document, locale,
 * draft or published) and until when; the preview server (web/src/preview/signed-link.ts) checks
 * the same HMAC with the same secret, so a link cannot be stretched to another entry, language or
 * status, or used after it expires.
 */
import { createHmac } from 'node:crypto';

export type PreviewTarget = {
  uid: string;
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
};

/** The exact bytes signed: a version, then each field on its own line (no field holds a newline). */
export const signedText = (target: PreviewTarget, expires: number): string =>
  ['preview-v1', target.uid, target.documentId, target.locale, target.status, String(expires)].join('\n');

export const previewSignature = (target: PreviewTarget, expires: number, secret: string): string =>
  createHmac('sha256', secret).update(signedText(target, expires)).digest('base64url');

/** The preview server's page for `target`, signed until `now + ttlSeconds`. */
export const signedPreviewUrl = (
  baseUrl: string,
  target: PreviewTarget,
  { secret, ttlSeconds, now = Date.now() }: { secret: string; ttlSeconds: number; now?: number },
): string => {
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const url = new URL('/preview/', baseUrl);
  url.search = new URLSearchParams({
    uid: target.uid,
    documentId: target.documentId,
    locale: target.locale,
    status: target.status,
    expires: String(expires),
    signature: previewSignature(target, expires, secret),
  }).toString();
  return url.toString();
};
