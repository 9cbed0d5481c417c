/**
 * Issue 4, end to end, through the real admin panel in Chromium with nobody touching the rebuild
 * service: an editor with the Communications role publishes a news article and it appears on the
 * website; unpublishing takes it down again, and the admin home page says the website is live.
 * A resource editor replaces a guide's PDF in the media library and the site serves the new file.
 * A publish whose webhook is lost (the CMS's webhook pointed at a dead address) still reaches the
 * site: the rebuild service reconciles with the CMS on its own.
 * A slug typo is refused beside the field in plain words; an entry that got a bad slug past the
 * CMS (as a restore could) is left out of the site, which still updates, and the Website panel
 * names it with a link to its edit view.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { createEditor, publishArticle, redirectRebuildWebhook, signIn, type Editor } from './admin-api';
import { fillNewArticle, logInThroughForm } from './admin-ui';
import { fetchRetrying } from './http';
import { RECONCILE_INTERVAL_MS, startStack, type Stack } from './stack';

jest.setTimeout(240_000);

const SLUG = `e2e-publishing-${Date.now()}`;
const TITLE = `Court rules on age assessments ${SLUG.slice(-6)}`;
const editor: Editor = { email: 'casey.comms@e2e-publishing.test', password: 'Comms-Passw0rd-e2e' };
const resourceEditor: Editor = { email: 'rae.resources@e2e-publishing.test', password: 'Res-Passw0rd-e2e' };

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Polls a site path until it answers with `status`; returns the body of the last answer. */
const waitForStatus = async (path: string, status: number, timeoutMs = 60_000): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    const response = await fetchRetrying(new URL(path, stack.siteUrl));
    last = response.status;
    const body = await response.text();
    if (last === status) return body;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${path} still answered ${last}, not ${status}, after ${timeoutMs} ms`);
};

const siteText = async (path: string): Promise<string> =>
  (await fetchRetrying(new URL(path, stack.siteUrl))).text();

beforeAll(async () => {
  stack = await startStack();
  const superAdmin = { email: stack.adminEmail, password: stack.adminPassword };
  await createEditor(stack.cmsUrl, superAdmin, 'Communications', editor);
  await createEditor(stack.cmsUrl, superAdmin, 'Resource editor', resourceEditor);
  browser = await launchBrowser();
}, 300_000);

/** Each test signs in as its own editor in a fresh browser context. */
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
});

afterEach(async () => {
  await context?.close();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** On a failure, shows what the CMS and the rebuild service said last and keeps a screenshot. */
const explainFailure = async (error: unknown): Promise<never> => {
  const screenshot = path.join(os.tmpdir(), 'e2e-publishing-failure.png');
  await page.screenshot({ path: screenshot }).catch(() => undefined);
  process.stderr.write(
    `${stack.recentOutput()}\nrebuild service status: ${await stack.buildReport()}\nscreenshot: ${screenshot}\n`,
  );
  throw error;
};

const logIn = (who: Editor): Promise<void> => logInThroughForm(page, stack.cmsUrl, who);

/** Content Manager → News article → Create new entry, filled in and published. */
const publishNewArticle = async (title: string, slug: string): Promise<void> => {
  await fillNewArticle(page, {
    title,
    slug,
    summary: 'The tribunal agreed that a child must be given the benefit of the doubt.',
    body: 'Today the court ruled that age assessments must be fair.',
    category: 'policy',
  });
  await page.getByRole('button', { name: 'Publish' }).click();
};

/** Whether the site's search (Pagefind, shards merged in the browser) lists `href` for `term`, within 30 s. */
const searchFinds = async (term: string, href: string): Promise<boolean> => {
  const visitor = await context.newPage();
  try {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      // A fresh page each time: the search keeps the index it loaded first.
      await visitor.goto(new URL('/search/', stack.siteUrl).href);
      await visitor.locator('.pagefind-ui__search-input').fill(term, { timeout: 10_000 });
      const found = await visitor
        .locator(`.pagefind-ui__result-link[href="${href}"]`)
        .waitFor({ timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      if (found) return true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return false;
  } finally {
    await visitor.close();
  }
};

const publishAndUnpublish = async (): Promise<void> => {
  await logIn(editor);
  await publishNewArticle(TITLE, SLUG);
  await page.getByRole('status').getByText('Published document').waitFor();

  // The site rebuilds on its own: the article, the news list, the home page and the feed.
  const articleHtml = await waitForStatus(`/news/${SLUG}/`, 200);
  expect(articleHtml).toContain(TITLE);
  expect(articleHtml).toContain('age assessments must be fair');
  expect(await siteText('/news/')).toContain(`/news/${SLUG}/`);
  expect(await siteText('/')).toContain(`/news/${SLUG}/`);
  expect(await siteText('/rss.xml')).toContain(`/news/${SLUG}/`);
  // The search finds it too, once the service has updated the live index (right after the swap).
  expect(await searchFinds(SLUG.slice(-6), `/news/${SLUG}/`)).toBe(true);

  // Unpublish from the same screen; the page goes away, and its address says so (410 Gone).
  await page.getByRole('button', { name: 'More document actions' }).click();
  await page.getByRole('menuitem', { name: 'Unpublish', exact: true }).click();
  await page.getByRole('status').getByText('Unpublished document').waitFor();
  expect(await waitForStatus(`/news/${SLUG}/`, 410)).toContain('This page has been removed');
  expect(await siteText('/news/')).not.toContain(`/news/${SLUG}/`);

  // The admin home page's Website widget says the site is live again.
  await page.goto(`${stack.cmsUrl}/admin`);
  await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
};

test('a Communications editor publishes and unpublishes a news article from the admin panel', () =>
  publishAndUnpublish().catch(explainFailure));

/** The answer to `path` without following a redirect: its status and Location. */
const redirectOf = async (path: string): Promise<{ status: number; location: string | null }> => {
  const response = await fetch(new URL(path, stack.siteUrl), { redirect: 'manual' });
  await response.body?.cancel();
  return { status: response.status, location: response.headers.get('location') };
};

const changeSlug = async (): Promise<void> => {
  const oldSlug = `${SLUG}-first-name`;
  const newSlug = `${SLUG}-better-name`;
  const title = `${TITLE} (renamed)`;
  await logIn(editor);
  await publishNewArticle(title, oldSlug);
  await page.getByRole('status').getByText('Published document').first().waitFor();
  await waitForStatus(`/news/${oldSlug}/`, 200);

  // The same edit view: a better URL name, published again.
  await page.getByLabel(/^slug/).fill(newSlug);
  await page.getByRole('button', { name: 'Publish' }).click();
  await waitForStatus(`/news/${newSlug}/`, 200);

  // Links shared with the old address keep working: 301 to the new one.
  const deadline = Date.now() + 60_000;
  let answer = await redirectOf(`/news/${oldSlug}/`);
  while (answer.status !== 301 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await redirectOf(`/news/${oldSlug}/`);
  }
  expect(answer).toEqual({ status: 301, location: `/news/${newSlug}/` });

  // A visitor following an old link lands on the article.
  const visitor = await context.newPage();
  await visitor.goto(new URL(`/news/${oldSlug}/`, stack.siteUrl).href);
  expect(new URL(visitor.url()).pathname).toBe(`/news/${newSlug}/`);
  await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
};

test('an editor changes a published article’s URL name and its old address redirects to the new one', () =>
  changeSlug().catch(explainFailure));

// A seeded guide (cms/src/seed/content/resources.ts) and the English PDF it links to.
const RESOURCE_PATH = '/resources/age-disputes-fact-sheet/';
const FILE_NAME = 'age-disputes-fact-sheet-en.pdf';

/** The href of the resource page's download link for FILE_NAME. */
const downloadHref = async (): Promise<string> => {
  const html = await siteText(RESOURCE_PATH);
  const href = /href="(\/files\/[^"]+\/age-disputes-fact-sheet-en\.pdf)"/.exec(html)?.[1];
  if (!href) throw new Error(`${RESOURCE_PATH} has no download link for ${FILE_NAME}`);
  return href;
};

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const replaceResourceFile = async (): Promise<void> => {
  const before = await downloadHref();
  const oldBytes = new Uint8Array(await (await fetchRetrying(new URL(before, stack.siteUrl))).arrayBuffer());

  // The revised guide: a real PDF whose bytes differ from the seeded one.
  const revised = await PDFDocument.create();
  revised.setTitle('Age disputes: a fact sheet (revised edition)');
  revised.addPage().drawText(`Revised edition ${Date.now()}`);
  const newBytes = Buffer.from(await revised.save());
  expect(sha256(newBytes)).not.toBe(sha256(oldBytes));

  await logIn(resourceEditor);
  await page.getByRole('link', { name: 'Media Library' }).click();
  await page.getByPlaceholder('Search').fill('age-disputes-fact-sheet-en');
  const results = page.getByRole('heading', { name: /Search results for .*\(1 asset\)/ });
  await results.waitFor();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Replace media' }).click();
  const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await confirm.getByText('Current content will be permanently replaced.').waitFor();
  const chooser = page.waitForEvent('filechooser');
  await confirm.getByRole('button', { name: 'Continue' }).click();
  await (
    await chooser
  ).setFiles({ name: 'age-disputes-fact-sheet-revised.pdf', mimeType: 'application/pdf', buffer: newBytes });
  await page.getByRole('status').getByText('File replaced.').waitFor();

  // The site rebuilds on its own and links the new bytes under a new content-addressed URL.
  const deadline = Date.now() + 60_000;
  let after = before;
  while (after === before && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    after = await downloadHref();
  }
  expect(after).not.toBe(before);
  const download = await fetchRetrying(new URL(after, stack.siteUrl));
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toMatch(/^application\/pdf/);
  expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(newBytes));
  // The old download is gone with the old release, so nobody keeps getting the outdated guide.
  expect((await fetchRetrying(new URL(before, stack.siteUrl))).status).toBe(404);
};

test("a resource editor replaces a guide's PDF in the media library and the new download is served", () =>
  replaceResourceFile().catch(explainFailure));

const publishWithTheWebhookLost = async (): Promise<void> => {
  const token = await signIn(stack.cmsUrl, { email: stack.adminEmail, password: stack.adminPassword });
  // `.invalid` never resolves (RFC 2606): every delivery fails, as in a network outage.
  const putBack = await redirectRebuildWebhook(stack.cmsUrl, token, 'http://rebuild.invalid/webhook');
  try {
    const before = await stack.status();
    const slug = `lost-webhook-${Date.now()}`;
    const title = `Guidance on family reunion ${slug.slice(-6)}`;
    const published = Date.now();
    await publishArticle(stack.cmsUrl, token, {
      title,
      slug,
      summary: 'What to do when a relative is abroad.',
      body: 'Children separated from family can apply to be reunited.',
    });
    const html = await waitForStatus(`/news/${slug}/`, 200, 10 * RECONCILE_INTERVAL_MS + 30_000);
    process.stderr.write(
      `[e2e-publishing] live ${Date.now() - published} ms after publish, without its webhook\n`,
    );
    expect(html).toContain(title);
    // Built because the service saw the site was behind, not because any event arrived. (The
    // build is recorded once its search index is updated too, a moment after the page is live.)
    const newEvents = async () =>
      (await stack.status()).history
        .flatMap((r) => (r.kind === 'build' && r.result === 'success' ? (r.events ?? []) : []))
        .filter((e) => e.id > before.lastEventId);
    const deadline = Date.now() + 30_000;
    while ((await newEvents()).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    const events = await newEvents();
    expect(events.map((e) => e.source)).toContain('reconcile');
    expect(events.filter((e) => e.source === 'webhook')).toEqual([]);
  } finally {
    await putBack();
  }
};

test('a publish whose webhook is lost still reaches the site: the rebuild service reconciles', () =>
  publishWithTheWebhookLost().catch(explainFailure));

const SLUG_RULE =
  "The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.";

const refuseSlugTypo = async (): Promise<void> => {
  await logIn(editor);
  await publishNewArticle('A title with a typo in its URL name', '..');
  // Beside the field: the slug input names its error message (aria-describedby).
  const slug = page.getByLabel(/^slug/);
  await page.getByText(SLUG_RULE).first().waitFor();
  const describedBy = (await slug.getAttribute('aria-describedby')) ?? '';
  const besideField = await page.evaluate(
    (ids) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    describedBy,
  );
  expect(besideField).toContain(SLUG_RULE);
};

test('a slug typo is refused beside the field, in words an editor can act on', () =>
  refuseSlugTypo().catch(explainFailure));

// A seeded article (cms/src/seed/content/articles.ts), given a slug behind the CMS's back.
const BROKEN_SLUG = 'supporting-a-challenge-to-unfair-age-assessments';

const leftOutInPanel = async (): Promise<void> => {
  const db = new DatabaseSync(stack.databaseFile);
  let article: { document_id: string; title: string };
  try {
    article = db
      .prepare("SELECT document_id, title FROM articles WHERE slug = ? AND locale = 'en'")
      .get(BROKEN_SLUG) as typeof article;
    // As an edit or a restore would, it changes the entry's updatedAt too (incremental builds follow it).
    const { updated_at: updatedAt } = db
      .prepare('SELECT updated_at FROM articles WHERE document_id = ?')
      .get(article.document_id) as { updated_at: number | string };
    const later = typeof updatedAt === 'number' ? Date.now() : new Date().toISOString();
    db.prepare("UPDATE articles SET slug = '..', updated_at = ? WHERE document_id = ?").run(
      later,
      article.document_id,
    );
  } finally {
    db.close();
  }
  stack.rebuild('a slug restored as ..');

  // The site went on: the article is gone, everything else (and the page that linked it) is there.
  await waitForStatus(`/news/${BROKEN_SLUG}/`, 404);
  expect(await siteText('/news/')).not.toContain(BROKEN_SLUG);
  await waitForStatus('/resources/age-disputes-fact-sheet/', 200);
  process.stderr.write(`[e2e-publishing] rebuild status: ${await stack.buildReport()}\n`);

  await logIn(editor);
  await page.getByText('Not on the website: 1 entry needs fixing').waitFor({ timeout: 30_000 });
  await page.getByText('Live', { exact: true }).waitFor();
  await page.getByText(/Its URL name '\.\.' cannot be used/).waitFor();
  const link = page.getByRole('link', { name: article.title });
  expect(await link.getAttribute('href')).toBe(
    `/admin/content-manager/collection-types/api::article.article/${article.document_id}?plugins[i18n][locale]=en`,
  );
  await page.screenshot({ path: path.join(os.tmpdir(), 'e2e-website-panel-left-out.png'), fullPage: true });
  await link.click();
  await page.getByLabel(/^slug/).waitFor();
  expect(await page.getByLabel(/^slug/).inputValue()).toBe('..');
};

test('an entry whose slug got past the CMS is left out, the site updates, and the panel names it', () =>
  leftOutInPanel().catch(explainFailure));
