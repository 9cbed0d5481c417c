/**
 * Preview links: the CMS signs (cms/src/preview/signed-link.ts), the preview server checks. Every
 * way to stretch a link, to another entry, language, status or time, or to forge one, is refused.
 */
import { signedPreviewUrl, type PreviewTarget } from '../../../cms/src/preview/signed-link.ts';
import { checkPreviewLink } from '../signed-link.ts';

const SECRET = 'a-preview-secret-for-tests-only';
const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
const TARGET: PreviewTarget = {
  uid: 'api::article.article',
  documentId: 'abc123def456ghi789jkl012',
  locale: 'ar',
  status: 'draft',
};

const link = (target = TARGET, { ttlSeconds = 600, now = NOW, secret = SECRET } = {}) =>
  new URL(signedPreviewUrl('http://127.0.0.1:4323', target, { secret, ttlSeconds, now })).searchParams;

const withParam = (query: URLSearchParams, name: string, value: string) => {
  const changed = new URLSearchParams(query);
  changed.set(name, value);
  return changed;
};

describe('preview links', () => {
  it('a link the CMS signed shows exactly its entry, language and status', () => {
    expect(checkPreviewLink(link(), SECRET, NOW)).toEqual({ ok: true, target: TARGET });
    const url = signedPreviewUrl('https://preview.example.org/', TARGET, { secret: SECRET, ttlSeconds: 60 });
    expect(url).toMatch(/^https:\/\/preview\.example\.org\/preview\/\?uid=api%3A%3Aarticle\.article&/);
  });

  it('is refused unsigned, or with any field missing', () => {
    const query = link();
    for (const field of ['signature', 'expires', 'uid', 'documentId', 'locale', 'status']) {
      const without = new URLSearchParams(query);
      without.delete(field);
      expect([field, checkPreviewLink(without, SECRET, NOW).ok]).toEqual([field, false]);
    }
    expect(checkPreviewLink(new URLSearchParams(), SECRET, NOW).ok).toBe(false);
  });

  it('is refused once expired, and a second before it expires works', () => {
    const query = link(TARGET, { ttlSeconds: 600 });
    expect(checkPreviewLink(query, SECRET, NOW + 599_000).ok).toBe(true);
    expect(checkPreviewLink(query, SECRET, NOW + 601_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('cannot be replayed to another document, language, type or status', () => {
    const query = link();
    for (const [name, value] of [
      ['documentId', 'zzz999another000document'],
      ['locale', 'en'],
      ['locale', 'AR'],
      ['uid', 'api::page.page'],
      ['status', 'published'],
    ] as const) {
      expect([name, value, checkPreviewLink(withParam(query, name, value), SECRET, NOW)]).toEqual([
        name,
        value,
        { ok: false, reason: 'bad signature' },
      ]);
    }
  });

  it('cannot be stretched: a later expiry, a tampered or re-encoded signature, another secret', () => {
    const query = link();
    const expires = Number(query.get('expires'));
    const signature = query.get('signature') ?? '';
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const tampered of [
      withParam(query, 'expires', String(expires + 3000)),
      withParam(query, 'expires', `0${expires}`),
      withParam(query, 'signature', flipped),
      withParam(query, 'signature', signature.toUpperCase()),
      withParam(query, 'signature', `${signature}=`),
      withParam(query, 'signature', Buffer.from(signature, 'base64url').toString('hex')),
      link(TARGET, { secret: 'another-secret-of-some-length' }),
    ]) {
      expect(checkPreviewLink(tampered, SECRET, NOW).ok).toBe(false);
    }
  });

  it('refuses a repeated field, whichever copy a server would read', () => {
    const query = link();
    const twice = new URLSearchParams(query);
    twice.append('locale', 'en');
    expect(checkPreviewLink(twice, SECRET, NOW)).toEqual({ ok: false, reason: 'locale missing or repeated' });
  });

  it('refuses an unknown status and a link valid for longer than the CMS ever signs', () => {
    const other = { ...TARGET, status: 'modified' as unknown as 'draft' };
    expect(checkPreviewLink(link(other), SECRET, NOW)).toEqual({ ok: false, reason: 'unknown status' });
    expect(checkPreviewLink(link(TARGET, { ttlSeconds: 7200 }), SECRET, NOW)).toEqual({
      ok: false,
      reason: 'expiry too far ahead',
    });
  });
});
