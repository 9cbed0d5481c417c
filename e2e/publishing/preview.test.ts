/**
 * Issue 11's draft preview, end to end through the real admin panel in Chromium: a Communications
 * editor saves a new news article as a draft and opens Preview; the admin frames the preview
 * server, which shows the draft in the site's own page (its header and quick exit). The public
 * site does not have it, and the build token cannot read it. An Arabic draft previews right to
 * left. Screenshots of what the editor sees are kept (paths in the test output).
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { createEditor, signIn, type Editor } from './admin-api';
import { fillNewArticle, logInThroughForm } from './admin-ui';
import { fetchRetrying } from './http';
import { startStack, type Stack } from './stack';

jest.setTimeout(240_000);

const SLUG = `preview-draft-${Date.now()}`;
const TITLE = `Draft: new guidance on age disputes ${SLUG.slice(-6)}`;
const AR_TITLE = `مسودة: إرشادات جديدة حول تقييم العمر ${SLUG.slice(-6)}`;
const editor: Editor = { email: 'pat.preview@e2e-publishing.test', password: 'Comms-Passw0rd-preview' };
const SCREENSHOTS = path.join(os.tmpdir(), 'e2e-preview');

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  await createEditor(
    stack.cmsUrl,
    { email: stack.adminEmail, password: stack.adminPassword },
    'Communications',
    editor,
  );
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const explainFailure = async (error: unknown): Promise<never> => {
  const screenshot = path.join(SCREENSHOTS, 'failure.png');
  await page.screenshot({ path: screenshot }).catch(() => undefined);
  process.stderr.write(`${stack.recentOutput()}\nscreenshot: ${screenshot}\n`);
  throw error;
};

/** The preview server's document inside the admin's preview page. */
const previewFrame = async (): Promise<Frame> => {
  const iframe = page.locator(`iframe[src^="${stack.previewUrl}/preview/"]`);
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('The preview iframe has no document');
  await frame.waitForLoadState();
  return frame;
};

const screenshot = async (name: string): Promise<void> => {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  process.stderr.write(`[e2e-preview] what the editor sees: ${file}\n`);
};

test('a Communications editor previews a new draft in the site\u2019s own page; nobody else has it', async () => {
  try {
    await logInThroughForm(page, stack.cmsUrl, editor);
    await fillNewArticle(page, {
      title: TITLE,
      slug: SLUG,
      summary: 'What changes for children whose age is disputed.',
      body: 'Local authorities must now give the benefit of the doubt.',
      category: 'policy',
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved document').waitFor();

    await page.getByRole('link', { name: 'Open preview' }).click();
    const frame = await previewFrame();
    await frame.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The site's own frame around it: header and quick exit.
    await frame.locator('header.site-header').waitFor();
    await frame.locator('.safety-bar').first().waitFor();
    expect(await frame.locator('html').getAttribute('dir')).toBe('ltr');
    // Its CSS loaded: the header is laid out as on the site, not as unstyled text.
    const headerDisplay = await frame
      .locator('header.site-header')
      .evaluate((el) => getComputedStyle(el).display);
    expect(headerDisplay).not.toBe('inline');
    await screenshot('preview-draft-en');

    // A draft has no publication date yet: the page shows today's, as the site will once published.
    const text = await frame.locator('main').innerText();
    expect(text).not.toContain('1970');
    expect(text).toContain(String(new Date().getFullYear()));
    // The preview loaded everything from its own origin (its CSS among them): no third party, not
    // even the CMS.
    const loaded = await frame.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(loaded.some((url) => url.endsWith('.css'))).toBe(true);
    expect(loaded.filter((url) => new URL(url).origin !== stack.previewUrl)).toEqual([]);

    // The public site does not have it, and the build token cannot read it.
    expect((await fetchRetrying(new URL(`/news/${SLUG}/`, stack.siteUrl))).status).toBe(404);
    const graphql = async (query: string) =>
      (
        await fetchRetrying(`${stack.cmsUrl}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${stack.buildToken}` },
          body: JSON.stringify({ query }),
        })
      ).text();
    for (const query of [
      `{ articles(filters: { slug: { eq: "${SLUG}" } }) { title } }`,
      `{ articles(status: DRAFT, filters: { slug: { eq: "${SLUG}" } }) { title } }`,
    ]) {
      expect(await graphql(query)).not.toContain(TITLE);
    }
  } catch (error) {
    await explainFailure(error);
  }
});

test('an Arabic draft previews right to left', async () => {
  try {
    // The Arabic version of the same article, saved through the content manager's own API.
    const token = await signIn(stack.cmsUrl, editor);
    const cm = `${stack.cmsUrl}/content-manager/collection-types/api::article.article`;
    const list = (await (
      await fetchRetrying(`${cm}?locale=en&filters[slug][$eq]=${SLUG}`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { results: Array<{ documentId: string }> };
    const documentId = list.results[0]?.documentId;
    expect(documentId).toBeDefined();
    const saved = await fetchRetrying(`${cm}/${documentId}?locale=ar`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: AR_TITLE,
        slug: `${SLUG}-ar`,
        summary: 'ما الذي يتغير للأطفال الذين يُشكك في أعمارهم.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'يجب منح الطفل فائدة الشك.' }] }],
        category: 'policy',
      }),
    });
    expect(saved.status).toBe(200);

    await page.goto(
      `${cm.replace('/content-manager', '/admin/content-manager')}/${documentId}/preview?plugins[i18n][locale]=ar`,
    );
    const frame = await previewFrame();
    await frame.getByRole('heading', { level: 1, name: AR_TITLE }).waitFor();
    expect(await frame.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await frame.locator('html').getAttribute('lang')).toBe('ar');
    await frame.locator('header.site-header').waitFor();
    await screenshot('preview-draft-ar');
  } catch (error) {
    await explainFailure(error);
  }
});
