/**
 * Incremental builds (Astro's incremental static builds and the site's cache keys,
 * web/src/lib/site/cache-keys.ts): a rebuild copies the pages whose content did not change and
 * renders again every page whose content did, also through what pages share: a guide that an
 * article links to, and the site settings in every page's footer. The builds write to one output
 * path, emptied before each build, as the rebuild service does.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { seedDemoContent } from '../../cms/src/seed';
import { startTestCms, TEST_SECRETS, type TestCms } from '../../cms/tests/helpers/strapi';
import { buildSite } from './support/build-site';
import { createIsolatedWebRoot, type WebRoot } from './support/isolated-web-root';

jest.setTimeout(300_000);

// From the demo content (cms/src/seed/content): an article that links the age disputes fact
// sheet, and one that does not.
const LINKING_ARTICLE = 'news/supporting-a-challenge-to-unfair-age-assessments/index.html';
const RESOURCE_SLUG = 'age-disputes-fact-sheet';
const RESOURCE_PAGE = `resources/${RESOURCE_SLUG}/index.html`;

let cms: TestCms;
let root: WebRoot;
let cmsUrl: string;
let outDir: string;
let otherArticle: string;

const build = async (): Promise<string> => {
  rmSync(outDir, { recursive: true, force: true });
  return buildSite({
    cmsUrl,
    token: TEST_SECRETS.BUILD_API_TOKEN,
    siteUrl: 'https://site.test',
    outDir,
    root,
  });
};
const page = (rel: string): string => readFileSync(path.join(outDir, rel), 'utf8');
/** Astro logs a page it copied from the last build as "├─ /news/x/index.html (cached)". */
const copied = (log: string, rel: string): boolean =>
  log.split('\n').some((line) => line.includes(`/${rel}`) && /\((cached|restored)\)/.test(line));

const publishChange = async (
  strapi: Core.Strapi,
  uid: 'api::resource.resource' | 'api::site-setting.site-setting',
  filters: { slug?: string },
  data: Record<string, unknown>,
): Promise<void> => {
  const documents = strapi.documents(uid);
  const entry = await documents.findFirst({ filters, locale: 'en', status: 'draft' });
  if (!entry) throw new Error(`no ${uid} matching ${JSON.stringify(filters)}`);
  await documents.update({ documentId: entry.documentId, locale: 'en', data } as never);
  await documents.publish({ documentId: entry.documentId, locale: 'en' });
};

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemoContent(cms.strapi, { today: new Date() });
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  root = createIsolatedWebRoot();
  outDir = path.join(root.dir, 'out');
  await build();
  const articles = await cms.strapi
    .documents('api::article.article')
    .findMany({ locale: 'en', status: 'published', populate: ['relatedResources'] });
  const unrelated = articles.find(
    (a) => !(a.relatedResources as Array<{ slug: string }>).some((r) => r.slug === RESOURCE_SLUG),
  );
  if (!unrelated) throw new Error('the demo content has no article without the fact sheet');
  otherArticle = `news/${String(unrelated.slug)}/index.html`;
});

afterAll(async () => {
  root?.remove();
  await cms?.stop();
});

test('an edited guide is re-rendered on its page and in the article that links it; the rest is copied', async () => {
  const title = 'Age disputes: a fact sheet (revised edition)';
  expect(page(LINKING_ARTICLE)).not.toContain(title);
  await publishChange(cms.strapi, 'api::resource.resource', { slug: RESOURCE_SLUG }, { title });

  const log = await build();

  expect(page(RESOURCE_PAGE)).toContain(title);
  expect(page(LINKING_ARTICLE)).toContain(title);
  expect(copied(log, RESOURCE_PAGE)).toBe(false);
  expect(copied(log, LINKING_ARTICLE)).toBe(false);
  // Untouched pages are copied from the last build, and are whole.
  expect(copied(log, otherArticle)).toBe(true);
  expect(page(otherArticle)).toMatch(/<\/html>\s*$/);
});

test('a change to the site settings reaches every page, copied ones included', async () => {
  const tagline = 'Legal help for young refugees and migrants, since 1999 (edited)';
  await publishChange(cms.strapi, 'api::site-setting.site-setting', {}, { tagline });

  const log = await build();

  for (const rel of [otherArticle, LINKING_ARTICLE, RESOURCE_PAGE, 'index.html']) {
    expect(page(rel)).toContain(tagline);
  }
  expect(copied(log, otherArticle)).toBe(false);
});
