/**
 * Issue 4, end to end: an editor with the Communications role publishes a news article in the
 * real admin panel and it appears on the website with nobody touching the rebuild service;
 * unpublishing takes it down again, and the admin home page says the website is live.
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { createEditor, type Editor } from './admin-api';
import { fetchRetrying } from './http';
import { startStack, type Stack } from './stack';

jest.setTimeout(240_000);

const SLUG = `e2e-publishing-${Date.now()}`;
const TITLE = `Court rules on age assessments ${SLUG.slice(-6)}`;
const editor: Editor = { email: 'casey.comms@e2e-publishing.test', password: 'Comms-Passw0rd-e2e' };

let stack: Stack;
let browser: Browser;
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
  await createEditor(
    stack.cmsUrl,
    { email: stack.adminEmail, password: stack.adminPassword },
    'Communications',
    editor,
  );
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** On a failure, shows what the CMS and the rebuild service said last and keeps a screenshot. */
const explainFailure = async (error: unknown): Promise<never> => {
  const screenshot = path.join(os.tmpdir(), 'e2e-publishing-failure.png');
  await page.screenshot({ path: screenshot }).catch(() => undefined);
  process.stderr.write(`${stack.recentOutput()}\nscreenshot: ${screenshot}\n`);
  throw error;
};

const publishAndUnpublish = async (): Promise<void> => {
  // Log in through the real form.
  await page.goto(`${stack.cmsUrl}/admin`);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel(/^Password/).fill(editor.password);
  await page.getByRole('button', { name: 'Login' }).click();

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
