import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createMemoryLogger } from '../logger.ts';
import { createReleaseUsage } from '../release-usage.ts';
import { liveRelease, releaseDir } from '../releases.ts';
import { createSiteHandler } from '../site-handler.ts';
import { makeFixture, startService, stopAll, type Fixture } from './helpers.ts';

let fixture: Fixture;
let site: Awaited<ReturnType<typeof startService>>['service']['siteHandler'];
let live: string;

beforeAll(async () => {
  fixture = makeFixture();
  const { service } = await startService(fixture);
  service.trigger();
  await service.whenIdle();
  live = liveRelease(fixture.dataDir) as string;
  expect(live).toEqual(expect.any(String));
  site = service.siteHandler;
  // A symlink planted inside a release must not lead outside it.
  symlinkSync('/etc/passwd', path.join(releaseDir(fixture.dataDir, live), 'escape.txt'));
});
afterAll(async () => {
  await stopAll();
  fixture.cleanup();
});

describe('security headers', () => {
  it.each(['/', '/page-1/', '/_astro/site.abc123XY.css', '/missing', '/images/logo.svg'])(
    'are on every response (%s)',
    async (url) => {
      const res = await request(site).get(url);
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
          "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['permissions-policy']).toBe(
        'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      );
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('uses the configured script sources', async () => {
    const handler = createSiteHandler({
      dataDir: fixture.dataDir,
      scriptSrc: "'self' 'sha256-abc='",
      usage: createReleaseUsage(),
      logger: createMemoryLogger(),
    });
    const res = await request(handler).get('/');
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'sha256-abc='; ");
  });
});

describe('caching', () => {
  it.each([
    ['/_astro/site.abc123XY.css', 'public, max-age=31536000, immutable'],
    ['/_astro/app.Def456gh.js', 'public, max-age=31536000, immutable'],
    ['/files/0123456789abcdef/guide.pdf', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/page-2/', 'no-cache'],
    ['/app.js', 'no-cache'],
    ['/sitemap.xml', 'no-cache'],
    ['/missing-page', 'no-cache'],
  ])('%s -> %s', async (url, cache) => {
    expect((await request(site).get(url)).headers['cache-control']).toBe(cache);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await request(site).get('/page-1/');
    expect(first.headers.etag).toMatch(/^"[a-z0-9-]+"$/);
    const again = await request(site)
      .get('/page-1/')
      .set('If-None-Match', first.headers.etag as string);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });
});

describe('content types', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/files/0123456789abcdef/guide.pdf', 'application/pdf'],
    ['/images/photo.webp', 'image/webp'],
    ['/images/photo.avif', 'image/avif'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/feed.json', 'application/json; charset=utf-8'],
    ['/_astro/app.Def456gh.js', 'text/javascript; charset=utf-8'],
    ['/_astro/site.abc123XY.css', 'text/css; charset=utf-8'],
    ['/images/logo.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/x-icon'],
    ['/fonts/site.woff2', 'font/woff2'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ])('%s is %s', async (url, type) => {
    const res = await request(site).get(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });
});

describe('paths', () => {
  it('serves a directory index and redirects a directory without its slash (keeping the query)', async () => {
    const page = await request(site).get('/page-3/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Page 3</h1>');
    expect(page.text).toContain(`release:${live}`);
    const redirect = await request(site).get('/page-3?lang=ar');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/page-3/?lang=ar');
  });

  it("serves the release's 404.html with status 404", async () => {
    const res = await request(site).get('/no/such/page/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<title>Page not found</title>');
  });

  it('never lists a directory', async () => {
    for (const url of ['/empty-dir/', '/empty-dir', '/images/', '/_astro/']) {
      const res = await request(site).get(url);
      expect(res.status).toBe(404);
      expect(res.text).toContain('Page not found');
    }
  });

  it.each([
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/page-1/..%2f..%2f..%2f..%2fetc/passwd',
    '/%2e%2e%2f%2e%2e%2fstate.json',
    '/..%5c..%5cstate.json',
    '/page-1%00.html',
    '/%E0%A4%A',
  ])('refuses the traversal or malformed path %s', async (url) => {
    const res = await request(site).get(url);
    expect([400, 404]).toContain(res.status);
    expect(res.text).not.toContain('root:');
    expect(res.text).not.toContain('nextEventId');
  });

  it('refuses hidden files and symlinks out of the release', async () => {
    expect((await request(site).get('/.hidden')).status).toBe(404);
    const escape = await request(site).get('/escape.txt');
    expect(escape.status).toBe(404);
    expect(escape.text).not.toContain('root:');
  });

  it('refuses a protocol-relative redirect target', async () => {
    const res = await request(site).get('//page-1');
    expect(res.status).toBe(404);
    expect(res.headers.location).toBeUndefined();
  });

  it('allows GET and HEAD only', async () => {
    const head = await request(site).head('/page-1/');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toEqual(expect.any(String));
    const post = await request(site).post('/page-1/');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('compresses text for clients that accept it', async () => {
    const res = await request(site).get('/page-1/').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.text).toContain('<h1>Page 1</h1>');
    const br = await request(site).get('/page-1/').set('Accept-Encoding', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.text).toContain('<h1>Page 1</h1>');
  });
});

describe('CMS files under /files/', () => {
  const SCRIPT = '<!doctype html><html><body><script>alert(1)</script></body></html>';
  const HASH = '0123456789abcdef';
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const bytes = (name: string) => ({ name, type: 'application/octet-stream' });
  // Files as a build from an older CMS might have copied them, or as anyone might plant them.
  const cases: Array<{ name: string; type: string; disposition?: string }> = [
    { ...bytes('guide.xml'), disposition: 'attachment; filename="guide.xml"' },
    { ...bytes('page.html'), disposition: 'attachment; filename="page.html"' },
    { ...bytes('page.HTM'), disposition: 'attachment; filename="page.HTM"' },
    { ...bytes('page.xhtml'), disposition: 'attachment; filename="page.xhtml"' },
    { ...bytes('page.shtml'), disposition: 'attachment; filename="page.shtml"' },
    { ...bytes('logo.svg'), disposition: 'attachment; filename="logo.svg"' },
    { ...bytes('app.js'), disposition: 'attachment; filename="app.js"' },
    { ...bytes('app.mjs'), disposition: 'attachment; filename="app.mjs"' },
    { ...bytes('page.php'), disposition: 'attachment; filename="page.php"' },
    { ...bytes('noext'), disposition: 'attachment; filename="noext"' },
    { ...bytes('guide.pdf.html'), disposition: 'attachment; filename="guide.pdf.html"' },
    { ...bytes('a "b";.html'), disposition: 'attachment' },
    { name: 'notes.docx', type: DOCX, disposition: 'attachment; filename="notes.docx"' },
    {
      name: 'notes.ODT',
      type: 'application/vnd.oasis.opendocument.text',
      disposition: 'attachment; filename="notes.ODT"',
    },
    { name: 'book.epub', type: 'application/epub+zip', disposition: 'attachment; filename="book.epub"' },
    { name: 'scan.PDF', type: 'application/pdf' },
    { name: 'guide.html.pdf', type: 'application/pdf' },
    { name: 'photo.JPEG', type: 'image/jpeg' },
    { name: 'photo.jpg', type: 'image/jpeg' },
    { name: 'photo.png', type: 'image/png' },
    { name: 'photo.webp', type: 'image/webp' },
    { name: 'photo.avif', type: 'image/avif' },
  ];

  beforeAll(() => {
    const dir = path.join(releaseDir(fixture.dataDir, live), 'files', HASH);
    for (const { name } of cases) writeFileSync(path.join(dir, name), SCRIPT.repeat(40));
  });

  const expectSentAs = (res: request.Response, type: string, disposition: string | undefined) => {
    expect(res.status).toBe(200);
    expect({
      type: res.headers['content-type'],
      disposition: res.headers['content-disposition'],
      nosniff: res.headers['x-content-type-options'],
    }).toEqual({ type, disposition, nosniff: 'nosniff' });
  };

  it.each(cases)(
    'sends $name as $type, a download unless an image or PDF',
    async ({ name, type, disposition }) => {
      const encoded = encodeURIComponent(name).replace(/\./g, '%2E');
      for (const url of [`/files/${HASH}/${encodeURIComponent(name)}`, `/files/${HASH}/${encoded}`]) {
        expectSentAs(await request(site).get(url).set('Accept-Encoding', 'gzip, br'), type, disposition);
        expectSentAs(await request(site).head(url), type, disposition);
      }
    },
  );

  it('sends a file reached through the .html fallback as bytes to download too', async () => {
    expectSentAs(
      await request(site).get(`/files/${HASH}/page`),
      'application/octet-stream',
      'attachment; filename="page.html"',
    );
  });

  it.each([
    `/FILES/${HASH}/page.html`,
    `/files//${HASH}/page.html`,
    `/x/../files/${HASH}/page.html`,
    `/files/${HASH}/../${HASH}/page.html`,
  ])('answers the spelling %s with an error, never the page', async (url) => {
    const res = await request(site).get(url);
    expect([400, 404]).toContain(res.status);
    expect(res.text).not.toContain('alert(1)');
  });

  it("leaves the site's own files alone", async () => {
    expect((await request(site).get('/images/logo.svg')).headers['content-type']).toBe('image/svg+xml');
    expect((await request(site).get('/page-1/')).headers['content-disposition']).toBeUndefined();
  });
});

it('answers 503 before any release is live', async () => {
  const empty = makeFixture();
  const { service } = await startService(empty);
  const res = await request(service.siteHandler).get('/');
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('30');
  await service.stop();
  empty.cleanup();
});
