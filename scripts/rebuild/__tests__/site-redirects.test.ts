/**
 * The site handler (`npm start`'s site on 4321) answers the release's redirect map before it
 * looks at files: 301 for moved addresses (any spelling of the same path), 410 with the site's
 * page in the removed entry's language, and never serves the map itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { liveRelease, releaseDir } from '../releases.ts';
import { makeFixture, startService, stopAll, type Fixture } from './helpers.ts';

let fixture: Fixture;
let site: Awaited<ReturnType<typeof startService>>['service']['siteHandler'];

const write = (root: string, relative: string, text: string) => {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

beforeAll(async () => {
  fixture = makeFixture();
  const { service } = await startService(fixture);
  service.trigger();
  await service.whenIdle();
  const root = releaseDir(fixture.dataDir, liveRelease(fixture.dataDir) as string);
  write(
    root,
    '.site/redirects.json',
    JSON.stringify({
      version: 1,
      rules: {
        '/news/old-name': { status: 301, to: '/news/new-name/' },
        '/ar/news/old-ar': { status: 301, to: '/ar/news/new-ar/' },
        '/leaflet': { status: 301, to: 'https://www.gov.uk/claim-asylum' },
        '/news/deleted': { status: 410, locale: 'en' },
        '/fa/news/deleted-fa': { status: 410, locale: 'fa' },
      },
    }),
  );
  write(
    root,
    '410/index.html',
    '<!doctype html><html lang="en"><title>This page has been removed</title></html>',
  );
  write(
    root,
    'fa/410/index.html',
    '<!doctype html><html lang="fa" dir="rtl"><title>این صفحه حذف شده است</title></html>',
  );
  // A static host's fallback page at the old address: the server's 301 comes first.
  write(root, 'news/old-name/index.html', '<meta http-equiv="refresh" content="0; url=/news/new-name/">');
  site = service.siteHandler;
});
afterAll(async () => {
  await stopAll();
  fixture.cleanup();
});

describe('old addresses', () => {
  it.each(['/news/old-name/', '/news/old-name', '/news/%6Fld-name/', '/NEWS/Old-Name/'])(
    'answers %s with 301 to the new one',
    async (url) => {
      const res = await request(site).get(url);
      expect(res.status).toBe(301);
      expect(res.headers.location).toBe('/news/new-name/');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    },
  );

  it('keeps the query, in every language, and to an allowed site', async () => {
    expect((await request(site).get('/news/old-name/?utm_source=leaflet')).headers.location).toBe(
      '/news/new-name/?utm_source=leaflet',
    );
    expect((await request(site).get('/ar/news/old-ar/')).headers.location).toBe('/ar/news/new-ar/');
    expect((await request(site).get('/leaflet/')).headers.location).toBe('https://www.gov.uk/claim-asylum');
  });

  it('answers a removed entry with 410 and the page in its language', async () => {
    const en = await request(site).get('/news/deleted/');
    expect(en.status).toBe(410);
    expect(en.text).toContain('This page has been removed');
    const fa = await request(site).get('/fa/news/deleted-fa/');
    expect(fa.status).toBe(410);
    expect(fa.text).toContain('lang="fa"');
  });

  it('leaves everything else alone and never serves the map', async () => {
    expect((await request(site).get('/page-2/')).status).toBe(200);
    expect((await request(site).get('/news/unknown/')).status).toBe(404);
    expect((await request(site).get('/.site/redirects.json')).status).toBe(404);
    expect((await request(site).get('/%2Esite/redirects.json')).status).toBe(404);
  });
});
