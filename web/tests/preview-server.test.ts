/**
 * The draft preview server against a real CMS with the demo content: a signed link shows the
 * draft in the site's own page (header, quick exit, RTL in Arabic, its CSS), every preview
 * response carries the preview headers, and an unsigned, expired or tampered link, or any other
 * address, gets 403. The server holds the preview token and never the build token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { seedDemoContent } from '../../cms/src/seed';
import { signedPreviewUrl, type PreviewTarget } from '../../cms/src/preview/signed-link';
import { documents } from '../../cms/tests/helpers/content';
import { startTestCms, TEST_SECRETS, type TestCms } from '../../cms/tests/helpers/strapi';
import { startChild } from '../../e2e/support/processes';
import {
  buildPreviewBundle,
  freePort,
  previewBundleDir,
  startPreviewServer,
  type PreviewServer,
} from './support/preview-server';

jest.setTimeout(300_000);

const ARTICLE = 'api::article.article';
const HOME = 'api::home-page.home-page';
const ADMIN_URL = 'http://127.0.0.1:1337';
const SECRET = TEST_SECRETS.PREVIEW_SECRET;
const DRAFT_TITLE = 'مسودة: مقال لم يُنشر بعد';

type Found = { documentId: string; title?: string; heroTitle?: string } | null;
const findFirst = (cms: TestCms, uid: string, params: Record<string, unknown>) =>
  (cms.strapi.documents(uid as never) as unknown as { findFirst: (p: unknown) => Promise<Found> }).findFirst(
    params,
  );

describe('draft preview server', () => {
  let cms: TestCms;
  let cmsUrl: string;
  let work: string;
  let bundleDir: string;
  let server: PreviewServer;
  let article: PreviewTarget;
  let publishedTitle: string;

  const link = (target: PreviewTarget, options: { now?: number; ttlSeconds?: number } = {}) =>
    signedPreviewUrl(server.url, target, {
      secret: SECRET,
      ttlSeconds: options.ttlSeconds ?? 600,
      now: options.now,
    });
  const get = (url: string, init?: RequestInit) => fetch(url, { redirect: 'manual', ...init });

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'preview-server-'));
    cms = await startTestCms();
    await seedDemoContent(cms.strapi, { today: new Date() });
    const published = await findFirst(cms, ARTICLE, { locale: 'ar', status: 'published' });
    if (!published?.title) throw new Error('The demo content has no Arabic article');
    publishedTitle = published.title;
    await documents(cms.strapi, ARTICLE).update({
      documentId: published.documentId,
      locale: 'ar',
      data: { title: DRAFT_TITLE },
    });
    article = { uid: ARTICLE, documentId: published.documentId, locale: 'ar', status: 'draft' };
    const http = cms.strapi.server.httpServer;
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    cmsUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    bundleDir = previewBundleDir();
    await buildPreviewBundle({ cmsUrl, siteUrl: 'http://127.0.0.1:4321', outDir: bundleDir });
    server = await startPreviewServer({
      bundleDir,
      dataDir: path.join(work, 'data'),
      cmsUrl,
      adminUrl: ADMIN_URL,
      secret: SECRET,
      token: TEST_SECRETS.PREVIEW_API_TOKEN,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await cms?.stop();
    rmSync(work, { recursive: true, force: true });
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  const expectPreviewHeaders = (res: Response) => {
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toMatch(/^noindex/);
    expect(res.headers.get('content-security-policy')).toMatch(
      new RegExp(`frame-ancestors ${ADMIN_URL.replace(/[.]/g, '\\.')}(;|,|$)`),
    );
    expect(res.headers.get('x-frame-options')).toBeNull();
  };

  it('shows the Arabic draft in the site\u2019s own page: header, quick exit, right to left, its CSS', async () => {
    const res = await get(link(article));
    const html = await res.text();
    expect([res.status, html.slice(0, 300)]).toEqual([200, expect.any(String)]);
    expectPreviewHeaders(res);
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain(DRAFT_TITLE);
    expect(html).not.toContain(publishedTitle);
    expect(html).toMatch(/class="[^"]*site-header/);
    expect(html).toMatch(/quick-exit/);
    // Astro's own policy for the page (its inline scripts' hashes) beside the preview's.
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const href of stylesheets) {
      const css = await get(new URL(href as string, server.url).href);
      expect([href, css.status, css.headers.get('content-type')]).toEqual([
        href,
        200,
        expect.stringMatching(/css/),
      ]);
    }
    // Nothing the page loads comes from elsewhere (images through the preview's /_image).
    const external = [
      ...html.matchAll(/(?:src|srcset)="([^"]*https?:\/\/[^"]+)"/g),
      ...html.matchAll(/<link[^>]+href="(https?:\/\/[^"]+)"/g),
    ]
      .map((m) => m[1] as string)
      // The site's own address appears only in canonical and language links, never loaded.
      .filter((url) => !url.startsWith('http://127.0.0.1:4321/'));
    expect(external).toEqual([]);
  });

  it("serves what the page links and shows: a guide's files, the CMS's images resized", async () => {
    const RESOURCE = 'api::resource.resource';
    const withFiles = (await (
      cms.strapi.documents(RESOURCE as never) as unknown as {
        findMany: (p: unknown) => Promise<Array<{ documentId: string; files?: unknown[] }>>;
      }
    ).findMany({ locale: 'en', status: 'published', populate: ['files'] })) as Array<{
      documentId: string;
      files?: unknown[];
    }>;
    const guide = withFiles.find((r) => (r.files?.length ?? 0) > 0);
    if (!guide) throw new Error('The demo content has no guide with files');
    const page = await get(
      link({ uid: RESOURCE, documentId: guide.documentId, locale: 'en', status: 'draft' }),
    );
    const html = await page.text();
    expect(page.status).toBe(200);
    const files = [...html.matchAll(/href="(\/files\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(files.length).toBeGreaterThan(0);
    for (const href of files) {
      const file = await get(new URL(href, server.url).href);
      expect([href, file.status]).toEqual([href, 200]);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-type')).not.toMatch(/html|javascript/);
    }
    // The Arabic article's cover comes through the preview's /_image, resized, never from the CMS.
    const articleHtml = await (await get(link({ ...article, status: 'published' }))).text();
    const images = [...articleHtml.matchAll(/src="(\/_image\?[^"]+)"/g)].map((m) =>
      (m[1] as string).replace(/&amp;/g, '&'),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const src of images.slice(0, 2)) {
      const image = await get(new URL(src, server.url).href);
      expect([src, image.status]).toEqual([src, 200]);
      expect(image.headers.get('content-type')).toMatch(/^image\//);
    }
  });

  it('shows the published version on the Published tab', async () => {
    const res = await get(link({ ...article, status: 'published' }));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain(publishedTitle);
    expect(html).not.toContain(DRAFT_TITLE);
  });

  it('previews a single type in another language (the Arabic home page)', async () => {
    const home = await findFirst(cms, HOME, { locale: 'ar', status: 'draft' });
    const res = await get(
      link({ uid: HOME, documentId: home?.documentId ?? '', locale: 'ar', status: 'draft' }),
    );
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain(home?.heroTitle ?? 'missing');
  });

  it('refuses an unsigned, expired, tampered or replayed link with 403, headers and all', async () => {
    const good = new URL(link(article));
    const changed = (name: string, value: string) => {
      const url = new URL(good);
      url.searchParams.set(name, value);
      return url.href;
    };
    const unsigned = new URL(good);
    unsigned.searchParams.delete('signature');
    const attempts = {
      unsigned: unsigned.href,
      'no query': `${server.url}/preview/`,
      expired: link(article, { now: Date.now() - 601_000 }),
      'another language': changed('locale', 'en'),
      'another document': changed('documentId', 'zzzzzzzzzzzzzzzzzzzzzzzz'),
      'published instead of draft': changed('status', 'published'),
      'a later expiry': changed('expires', String(Number(good.searchParams.get('expires')) + 600)),
      'a forged signature': changed('signature', 'A'.repeat(43)),
    };
    for (const [name, url] of Object.entries(attempts)) {
      const res = await get(url);
      const html = await res.text();
      expect([name, res.status]).toEqual([name, 403]);
      expect(html).not.toContain(DRAFT_TITLE);
      expectPreviewHeaders(res);
    }
  });

  it('serves nothing else: the site\u2019s other pages, other spellings and methods', async () => {
    const query = new URL(link(article)).search;
    for (const pathname of [
      '/',
      '/news/',
      '/ar/',
      `/PREVIEW/${query}`,
      `/preview${query}`,
      `//preview/${query}`,
      '/_astro/',
      '/files/',
    ]) {
      const res = await get(`${server.url}${pathname}`);
      expect([pathname, res.status]).toEqual([pathname, 403]);
      expect(await res.text()).not.toContain(DRAFT_TITLE);
    }
    const post = await get(link(article), { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('will not start holding the build token', async () => {
    const child = startChild('preview-with-build-token', process.execPath, ['scripts/preview/main.ts'], {
      cwd: path.resolve(__dirname, '..', '..'),
      env: {
        PATH: process.env.PATH,
        PREVIEW_PORT: String(await freePort()),
        PREVIEW_SECRET: SECRET,
        PREVIEW_API_TOKEN: TEST_SECRETS.PREVIEW_API_TOKEN,
        BUILD_API_TOKEN: TEST_SECRETS.BUILD_API_TOKEN,
      },
    });
    await child.waitForOutput(/BUILD_API_TOKEN must not be set for the preview server/, 20_000);
    await child.stop();
  });
});
