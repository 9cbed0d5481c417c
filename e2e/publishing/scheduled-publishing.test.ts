/**
 * Issue 11, end to end through the real admin panel in Chromium (on London time): a
 * Communications editor writes a news article and sets "Publish at" two minutes ahead. Until that
 * minute it is nowhere public (site, RSS, the build token's view), and the edit view's "What is
 * live" panel says it is a draft scheduled for then; at that minute the scheduler publishes it,
 * the site rebuilds on its own and the panel says it is live. The scheduler's clock is moved
 * through its test-only hook (SCHEDULER_TEST_HOOK, refused in production) rather than waited for.
 * It runs on free ports, so it needs no lock.
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../web/tests/support/preview-server';
import { launchBrowser } from '../support/browser';
import { createEditor, signIn, type Editor } from './admin-api';
import { fillNewArticle, logInThroughForm } from './admin-ui';
import { fetchRetrying } from './http';
import { startStack, type Stack } from './stack';

jest.setTimeout(300_000);

const SLUG = `embargoed-${Date.now()}`;
const TITLE = `Embargoed statement ${SLUG.slice(-6)}`;
const editor: Editor = { email: 'sam.comms@e2e-scheduling.test', password: 'Comms-Passw0rd-e2e' };
const MINUTE = 60_000;

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const siteStatus = async (sitePath: string): Promise<number> =>
  (await fetchRetrying(new URL(sitePath, stack.siteUrl))).status;
const siteText = async (sitePath: string): Promise<string> =>
  (await fetchRetrying(new URL(sitePath, stack.siteUrl))).text();

const waitForStatus = async (sitePath: string, status: number, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = await siteStatus(sitePath);
    if (last === status) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${sitePath} still answered ${last}, not ${status}, after ${timeoutMs} ms`);
};

/** What the site build can read: the articles with this slug, through the build token. */
const buildTokenSees = async (): Promise<boolean> => {
  const response = await fetchRetrying(`${stack.cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${stack.buildToken}` },
    body: JSON.stringify({ query: `{ articles(filters: { slug: { eq: "${SLUG}" } }) { documentId } }` }),
  });
  const body = (await response.json()) as { data: { articles: unknown[] } };
  return body.data.articles.length > 0;
};

/** Moves the scheduler's clock to `now` and runs its pass (the test-only hook, as the super admin). */
const schedulerAt = async (now: Date): Promise<unknown> => {
  const token = await signIn(stack.cmsUrl, { email: stack.adminEmail, password: stack.adminPassword });
  const response = await fetchRetrying(`${stack.cmsUrl}/scheduler/test-clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ now: now.toISOString() }),
  });
  if (!response.ok) throw new Error(`scheduler hook: HTTP ${response.status}`);
  return response.json();
};

const londonHourMinute = (date: Date): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
const londonDay = (date: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);

beforeAll(async () => {
  // Ports of its own, so it needs no lock beside the fixed-port tests.
  stack = await startStack({
    cms: await freePort(),
    rebuild: await freePort(),
    site: await freePort(),
    preview: await freePort(),
  });
  await createEditor(
    stack.cmsUrl,
    { email: stack.adminEmail, password: stack.adminPassword },
    'Communications',
    editor,
  );
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    timezoneId: 'Europe/London',
    locale: 'en-GB',
  });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  // The admin panel is built first when its sources changed: minutes on a busy machine.
}, 900_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

const explainFailure = async (error: unknown): Promise<never> => {
  const screenshot = path.join(os.tmpdir(), 'e2e-scheduling-failure.png');
  await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
  process.stderr.write(
    `${stack.recentOutput()}\nrebuild service status: ${await stack.buildReport()}\nscreenshot: ${screenshot}\n`,
  );
  throw error;
};

const scheduleAndWatch = async (): Promise<void> => {
  // Two minutes ahead, on a minute boundary; a day that ends in the next minutes is waited out,
  // so only the time needs typing (the picker keeps today's date).
  let at = new Date(Math.ceil((Date.now() + 2 * MINUTE) / MINUTE) * MINUTE);
  if (londonDay(at) !== londonDay(new Date())) {
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 5_000));
    at = new Date(Math.ceil((Date.now() + 2 * MINUTE) / MINUTE) * MINUTE);
  }

  await logInThroughForm(page, stack.cmsUrl, editor);
  await fillNewArticle(page, {
    title: TITLE,
    slug: SLUG,
    summary: 'Embargoed until the minute the court publishes its decision.',
    body: 'The court has ruled today on age assessments.',
    category: 'statement',
  });

  // The field says it is London time, and its help says what happens at that minute.
  const publishAt = page.getByRole('group', { name: /^Publish at \(London time\)/ });
  await page.getByText('UK time. The entry stays a draft, not on the website, until this minute').waitFor();
  const time = publishAt.getByRole('combobox', { name: 'Choose time' });
  await time.click();
  await time.fill(londonHourMinute(at));
  await time.press('Enter');
  // Leaving the field commits the time; the picker fills in today's date.
  await page.getByText('UK time. The entry stays a draft').click();
  expect(await time.inputValue()).toBe(londonHourMinute(at));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText('Saved document').waitFor();

  // The panel in the edit view: a draft, scheduled for that minute, in London time.
  await page.getByText('Not on the website', { exact: true }).waitFor();
  await page
    .getByText(new RegExp(`scheduled to go live on .* at ${londonHourMinute(at)} \\(London time\\)`))
    .waitFor();

  // A minute before: still nowhere public.
  await schedulerAt(new Date(at.getTime() - MINUTE));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await buildTokenSees()).toBe(false);
  expect(await siteStatus(`/news/${SLUG}/`)).toBe(404);
  expect(await siteText('/rss.xml')).not.toContain(SLUG);
  expect(await siteText('/news/')).not.toContain(SLUG);

  // At the minute: published, and the site rebuilds on its own.
  await schedulerAt(at);
  expect(await buildTokenSees()).toBe(true);
  await waitForStatus(`/news/${SLUG}/`, 200);
  expect(await siteText(`/news/${SLUG}/`)).toContain(TITLE);
  expect(await siteText('/rss.xml')).toContain(`/news/${SLUG}/`);

  // The edit view says so, with a link to the page.
  await page.reload();
  await page.getByText('Live on the website', { exact: true }).waitFor({ timeout: 60_000 });
  const link = page.getByRole('link', { name: 'Open its page on the website' });
  expect(await link.getAttribute('href')).toBe(`${stack.siteUrl}/news/${SLUG}/`);
  await page.screenshot({ path: path.join(os.tmpdir(), 'e2e-scheduling-live.png'), fullPage: true });
};

test('a Communications editor schedules an article two minutes ahead and it goes live at that minute', () =>
  scheduleAndWatch().catch(explainFailure));

const resourceEditor: Editor = { email: 'rio.resources@e2e-scheduling.test', password: 'Res-Passw0rd-e2e' };
// A seeded guide whose review date passed long ago (cms/src/seed/content/resources.ts).
const OVERDUE_GUIDE = 'Age disputes: a fact sheet for professionals (2023 edition)';

const dueForReview = async (): Promise<void> => {
  await createEditor(
    stack.cmsUrl,
    { email: stack.adminEmail, password: stack.adminPassword },
    'Resource editor',
    resourceEditor,
  );
  const signInAs = async (who: Editor) => {
    await context.clearCookies();
    await page.goto(`${stack.cmsUrl}/admin/auth/login`);
    await page.evaluate(() => localStorage.clear());
    await logInThroughForm(page, stack.cmsUrl, who);
  };
  await signInAs(resourceEditor);
  const widget = page.getByRole('link', { name: OVERDUE_GUIDE });
  await widget.waitFor();
  await page
    .getByText(/^Review overdue by \d+ days/)
    .first()
    .waitFor();
  await widget.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(os.tmpdir(), 'e2e-due-for-review.png') });
  await widget.click();
  await page.getByRole('heading', { name: OVERDUE_GUIDE }).waitFor();

  // Communications staff do not edit resources: no such widget on their home page.
  await signInAs(editor);
  await page.getByText('Website', { exact: true }).first().waitFor();
  expect(await page.getByText('Due for review').count()).toBe(0);
};

test('a resource editor sees the guides due for review on the admin home page, with links to edit them', () =>
  dueForReview().catch(explainFailure));
