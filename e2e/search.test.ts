/**
 * The search page never leaves a visitor with nothing: when its index cannot be loaded (the list
 * of shards fails, lists no bundle, or Pagefind's script does not load) it says so and points to
 * the resources and the news, as it does without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { at, launchBrowser, newSiteContext, type SiteContext } from './support/browser';

jest.setTimeout(60_000);

let browser: Browser;
let site: SiteContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  site = await newSiteContext(browser);
});
afterEach(async () => {
  await site.context.close();
});

const unavailable = (page: Page) => page.locator('#search-unavailable');

const expectFallback = async (page: Page): Promise<void> => {
  await unavailable(page).waitFor({ state: 'visible', timeout: 10_000 });
  await expect(unavailable(page).innerText()).resolves.toMatch(/Search is not working right now/);
  const links = await unavailable(page)
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links).toEqual(['/resources/', '/news/']);
  expect(await page.locator('.pagefind-ui__search-input').count()).toBe(0);
};

it('searches when the index loads, with no message', async () => {
  const page = await site.context.newPage();
  await page.goto(at('/search/'), { waitUntil: 'networkidle' });
  await page.locator('.pagefind-ui__search-input').fill('asylum', { timeout: 10_000 });
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
  expect(await unavailable(page).isVisible()).toBe(false);
});

it('says search is not working when the list of shards cannot be read', async () => {
  await site.context.route('**/pagefind/shards.json', (route) =>
    route.fulfill({ status: 503, body: 'Service Unavailable' }),
  );
  const page = await site.context.newPage();
  await page.goto(at('/search/'));
  await expectFallback(page);
});

it('says so when the list holds no bundle (a site with nothing searchable)', async () => {
  await site.context.route('**/pagefind/shards.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ bundles: [], pages: [], previous: [] }),
    }),
  );
  const page = await site.context.newPage();
  await page.goto(at('/search/'));
  await expectFallback(page);
});

it("says so when Pagefind's script does not load", async () => {
  await site.context.route('**/pagefind/pagefind-ui.js', (route) => route.abort('failed'));
  const page = await site.context.newPage();
  await page.goto(at('/search/'));
  await expectFallback(page);
});
