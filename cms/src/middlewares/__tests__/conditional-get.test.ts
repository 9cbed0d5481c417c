import { isNotModified } from '../conditional-get';

const headers = (values: Record<string, string>) => ({
  get: (name: string) => values[name.toLowerCase()] ?? '',
});
const LAST_MODIFIED = 'Mon, 23 Nov 2026 13:23:49 GMT';

describe('isNotModified', () => {
  it('compares If-Modified-Since with Last-Modified, whatever Cache-Control the client sends', () => {
    const response = headers({ 'last-modified': LAST_MODIFIED });
    const ask = (since: string) =>
      isNotModified(headers({ 'if-modified-since': since, 'cache-control': 'no-cache' }), response);
    expect(ask(LAST_MODIFIED)).toBe(true);
    expect(ask('Mon, 23 Nov 2026 14:00:00 GMT')).toBe(true);
    expect(ask('Mon, 23 Nov 2026 13:00:00 GMT')).toBe(false);
    expect(ask('not a date')).toBe(false);
  });

  it('prefers If-None-Match, with weak comparison', () => {
    const response = headers({ etag: 'W/"abc"', 'last-modified': LAST_MODIFIED });
    expect(isNotModified(headers({ 'if-none-match': '"x", "abc"' }), response)).toBe(true);
    expect(
      isNotModified(headers({ 'if-none-match': '"x"', 'if-modified-since': LAST_MODIFIED }), response),
    ).toBe(false);
    expect(isNotModified(headers({ 'if-none-match': '"abc"' }), headers({}))).toBe(false);
  });

  it('needs a validator on both sides', () => {
    expect(isNotModified(headers({}), headers({ 'last-modified': LAST_MODIFIED }))).toBe(false);
    expect(isNotModified(headers({ 'if-modified-since': LAST_MODIFIED }), headers({}))).toBe(false);
  });
});
