import { loggableUrl } from '../loggable-url';

describe('loggableUrl', () => {
  it('keeps a path without a query as it is', () => {
    expect(loggableUrl('/api/articles')).toBe('/api/articles');
    expect(loggableUrl('/admin/registration-info?')).toBe('/admin/registration-info');
  });

  it.each([
    ['/admin/registration-info?registrationToken=4f3c9a', '/admin/registration-info?registrationToken=…'],
    ['/admin/auth/reset-password?code=abc123', '/admin/auth/reset-password?code=…'],
    ['/api/auth/email-confirmation?confirmation=xyz', '/api/auth/email-confirmation?confirmation=…'],
    [
      '/api/connect/github/callback?access_token=t0k3n&raw[x]=1',
      '/api/connect/github/callback?access_token=…&raw[x]=…',
    ],
    ['/api/articles?status=draft&locale=en&locale=ar', '/api/articles?status=…&locale=…'],
    ['/api/users?filters[email][$eq]=child@example.org', '/api/users?filters[email][$eq]=…'],
    ['/x?flag&=value&&token', '/x?flag=…&=…&token=…'],
  ])('shows %s as %s', (url, logged) => {
    expect(loggableUrl(url)).toBe(logged);
  });

  it('never decodes a name into a line break', () => {
    expect(loggableUrl('/x?a%0AGET%20/forged=1')).toBe('/x?a%0AGET%20/forged=…');
  });
});
