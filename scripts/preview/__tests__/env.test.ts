import { parsePreviewEnv, PreviewEnvError } from '../env.ts';
import { previewHeaders } from '../headers.ts';

const base = {
  PREVIEW_SECRET: 'a-long-enough-preview-secret',
  PREVIEW_API_TOKEN: 'a-long-enough-preview-token',
};

const problems = (env: Record<string, string | undefined>): string[] => {
  try {
    parsePreviewEnv(env, '/repo');
  } catch (error) {
    if (error instanceof PreviewEnvError) return error.problems;
    throw error;
  }
  return [];
};

describe('preview server env', () => {
  it('has the documented defaults', () => {
    expect(parsePreviewEnv(base, '/repo')).toEqual({
      host: '127.0.0.1',
      port: 4323,
      secret: base.PREVIEW_SECRET,
      dataDir: '/repo/.data/preview',
      bundleDir: '/repo/web/dist-preview',
      adminOrigin: 'http://127.0.0.1:1337',
    });
    expect(
      parsePreviewEnv({ ...base, PUBLIC_URL: 'https://cms.example.org/admin' }, '/repo').adminOrigin,
    ).toBe('https://cms.example.org');
  });

  it('never holds the build token or the webhook secret', () => {
    expect(problems({ ...base, BUILD_API_TOKEN: 'the-build-token-value' })).toEqual([
      'BUILD_API_TOKEN must not be set for the preview server',
    ]);
    expect(problems({ ...base, WEBHOOK_SECRET: 'the-webhook-secret-value' })).toEqual([
      'WEBHOOK_SECRET must not be set for the preview server',
    ]);
    expect(problems({ ...base, BUILD_API_TOKEN: '' })).toEqual([]);
  });

  it('needs its secret and token', () => {
    expect(problems({})).toEqual([
      'PREVIEW_SECRET is required (the CMS signs preview links with it)',
      'PREVIEW_API_TOKEN is required (the token the preview reads drafts with)',
    ]);
    expect(problems({ ...base, PREVIEW_SECRET: 'tobemodified-tobemodified' })).toEqual([
      'PREVIEW_SECRET is still a placeholder value',
    ]);
  });
});

describe('preview headers', () => {
  it('are never cached or indexed, and only the admin may frame the page', () => {
    const headers = previewHeaders('https://cms.example.org');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['X-Robots-Tag']).toMatch(/^noindex/);
    expect(headers['Content-Security-Policy']).toContain('frame-ancestors https://cms.example.org');
    expect(headers['Content-Security-Policy']).not.toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("default-src 'self'");
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
