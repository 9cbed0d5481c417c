/**
 * Issue 4, end to end, through the real admin panel in Chromium with nobody touching the rebuild
 * service: an editor with the Communications role publishes a news article and it appears on the
 * website; unpublishing takes it down again, and the admin home page says the website is live.
 * A resource editor replaces a guide's PDF in the media library and the site serves the new file.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { createEditor, type Editor } from './admin-api';
import { fetchRetrying } from './http';
import { startStack, type Stack } from './stack';

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

/** Logs in through the real form. */
const logIn = async (who: Editor): Promise<void> => {
  await page.goto(`${stack.cmsUrl}/admin`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel(/^Password/).fill(who.password);
  await page.getByRole('button', { name: 'Login' }).click();
};

const publishAndUnpublish = async (): Promise<void> => {
  await logIn(editor);

  // Content Manager → News article → Create new entry.
  await page.getByRole('link', { name: 'Content Manager' }).click();
  await page.getByRole('link', { name: 'News article' }).click();
  await page
    .getByRole('link', { name: /Create new entry/ })
    .first()
    .click();

  await page.getByLabel(/^title/).fill(TITLE);
  await page.getByLabel(/^slug/).fill(SLUG);
  await page
    .getByLabel(/^summary/)
    .fill('The tribunal agreed that a child must be given the benefit of the doubt.');
  const body = page.locator('[contenteditable="true"]').first();
  await body.click();
  await page.keyboard.type('Today the court ruled that age assessments must be fair.');
  await page.getByLabel(/^category/).click();
  await page.getByRole('option', { name: 'policy' }).click();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('status').getByText('Published document').waitFor();

  // The site rebuilds on its own: the article, the news list, the home page and the feed.
  const articleHtml = await waitForStatus(`/news/${SLUG}/`, 200);
  expect(articleHtml).toContain(TITLE);
  expect(articleHtml).toContain('age assessments must be fair');
  expect(await siteText('/news/')).toContain(`/news/${SLUG}/`);
  expect(await siteText('/')).toContain(`/news/${SLUG}/`);
  expect(await siteText('/rss.xml')).toContain(`/news/${SLUG}/`);

  // Unpublish from the same screen; the page goes away.
  await page.getByRole('button', { name: 'More document actions' }).click();
  await page.getByRole('menuitem', { name: 'Unpublish', exact: true }).click();
  await page.getByRole('status').getByText('Unpublished document').waitFor();
  await waitForStatus(`/news/${SLUG}/`, 404);
  expect(await siteText('/news/')).not.toContain(`/news/${SLUG}/`);

  // The admin home page's Website widget says the site is live again.
  await page.goto(`${stack.cmsUrl}/admin`);
  await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
};

test('a Communications editor publishes and unpublishes a news article from the admin panel', () =>
  publishAndUnpublish().catch(explainFailure));

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
