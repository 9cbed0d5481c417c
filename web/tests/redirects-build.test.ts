/**
 * The build's redirect map, from a real CMS: an article published under a new slug, an article
 * deleted, editors' redirects (one good, others that got past the CMS's checks as a restore or a
 * direct database edit could). The build writes the map for the servers and a fallback page at
 * each old address for plain static hosts, and leaves the bad redirects out, named, without
 * stopping.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { buildSeededSite, type SeededSite } from './support/seeded-site';

jest.setTimeout(600_000);

const ARTICLE = 'api::article.article';
const REDIRECT = 'api::redirect.redirect';
const SITE_URL = 'https://site.test';
const NEW_SLUG = 'renamed-by-an-editor';

type Docs = {
  update: (params: Record<string, unknown>) => Promise<unknown>;
  publish: (params: Record<string, unknown>) => Promise<unknown>;
  delete: (params: Record<string, unknown>) => Promise<unknown>;
  create: (params: Record<string, unknown>) => Promise<unknown>;
};
const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as unknown as Docs;

let site: SeededSite;
let leftOutDir: string;
let movedSlug: string;
let deletedSlug: string;

const read = (relative: string): string => readFileSync(path.join(site.dir, relative), 'utf8');

beforeAll(async () => {
  leftOutDir = mkdtempSync(path.join(os.tmpdir(), 'redirects-left-out-'));
  site = await buildSeededSite({
    siteUrl: SITE_URL,
    leftOutFile: path.join(leftOutDir, 'left-out.json'),
    addContent: async (strapi) => {
      const articles = (await strapi.db.query(ARTICLE).findMany({
        select: ['documentId', 'slug'],
        where: { locale: 'en', publishedAt: { $notNull: true } },
        orderBy: { id: 'asc' },
        limit: 2,
      })) as Array<{ documentId: string; slug: string }>;
      const [moved, deleted] = articles;
      if (!moved || !deleted) throw new Error('the demo content has fewer than two articles');
      movedSlug = moved.slug;
      deletedSlug = deleted.slug;
      await docs(strapi, ARTICLE).update({
        documentId: moved.documentId,
        locale: 'en',
        data: { slug: NEW_SLUG },
      });
      await docs(strapi, ARTICLE).publish({ documentId: moved.documentId, locale: 'en' });
      await docs(strapi, ARTICLE).delete({ documentId: deleted.documentId, locale: '*' });

      await docs(strapi, REDIRECT).create({
        data: { fromPath: '/old-leaflet', toPath: '/resources/age-disputes-fact-sheet/' },
      });
      // Past the CMS's checks (a restore, a database edit): the build checks again.
      for (const [documentId, fromPath, toPath] of [
        ['bad-open-redirect', '/to-elsewhere/', 'https://evil.example/'],
        ['bad-encoded-from', '/%2F%2Fevil.example', '/about/'],
        ['bad-hides-a-page', '/about/', '/news/'],
      ]) {
        await strapi.db.query(REDIRECT).create({ data: { documentId, fromPath, toPath } });
      }
    },
  });
}, 600_000);

afterAll(() => {
  site?.remove();
  rmSync(leftOutDir, { recursive: true, force: true });
});

describe('the redirect map', () => {
  it('sends the old slug to the new one, the deleted article to 410, the editor’s redirect where it says', () => {
    const { rules } = JSON.parse(read('.site/redirects.json')) as { rules: Record<string, unknown> };
    expect(rules[`/news/${movedSlug}`]).toEqual({ status: 301, to: `/news/${NEW_SLUG}/` });
    expect(rules[`/news/${deletedSlug}`]).toEqual({ status: 410, locale: 'en' });
    expect(rules['/old-leaflet']).toEqual({
      status: 301,
      to: '/resources/age-disputes-fact-sheet/',
      manual: true,
    });
    expect(Object.keys(rules)).not.toContain('/about');
    expect(JSON.stringify(rules)).not.toContain('evil');
    expect(read('.site/redirects.nginx.map')).toContain(`"/news/${movedSlug}/" "/news/${NEW_SLUG}/";`);
    expect(read('.site/gone.nginx.map')).toContain(`"/news/${deletedSlug}/" "/410/";`);
  });

  it('leaves the bad redirects out and names them, and the build went on', () => {
    const leftOut = JSON.parse(readFileSync(path.join(leftOutDir, 'left-out.json'), 'utf8')) as Array<{
      type: string;
      documentId: string;
      problem: string;
    }>;
    const redirects = leftOut.filter((entry) => entry.type === REDIRECT);
    expect(redirects.map((entry) => entry.documentId).sort()).toEqual([
      'bad-encoded-from',
      'bad-hides-a-page',
      'bad-open-redirect',
    ]);
    expect(existsSync(path.join(site.dir, 'about/index.html'))).toBe(true);
  });

  it('writes a fallback page at each old address for static hosts, and a 410 page in every language', () => {
    const moved = read(`news/${movedSlug}/index.html`);
    expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/news/${NEW_SLUG}/">`);
    expect(moved).toContain(`<link rel="canonical" href="${SITE_URL}/news/${NEW_SLUG}/">`);
    expect(moved).toContain('<meta name="robots" content="noindex">');
    expect(moved).toContain(`<a href="/news/${NEW_SLUG}/">`);
    expect(read(`news/${deletedSlug}/index.html`)).toContain('This page has been removed');
    const arabic = read('ar/410/index.html');
    expect(arabic).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
    expect(arabic).toContain('أُزيلت هذه الصفحة');
    const sitemap = read('sitemap.xml');
    expect(sitemap).not.toContain(`<loc>${SITE_URL}/news/${movedSlug}/</loc>`);
    expect(sitemap).not.toContain('/410/');
    expect(sitemap).toContain(`<loc>${SITE_URL}/news/${NEW_SLUG}/</loc>`);
  });
});
