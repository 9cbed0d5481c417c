/** Nothing scrolls sideways on the narrowest phones (320 CSS pixels, WCAG 1.4.10 Reflow). */
import type { Browser, Page } from 'playwright-core';
import { at, launchBrowser, newSiteContext, VIEWPORTS, type SiteContext } from './support/browser';
import { PAGE_TYPES } from './support/page-types';

jest.setTimeout(60_000);

let browser: Browser;
let site: SiteContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await newSiteContext(browser, { viewport: VIEWPORTS.narrowest });
  page = await site.context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

it.each(PAGE_TYPES.map((type) => [type.name, type.path]))(
  '%s (%s) has no horizontal scroll at 320 px',
  async (_name, path) => {
    await page.goto(at(path), { waitUntil: 'load' });
    const widths = await page.evaluate(() => ({
      viewport: document.documentElement.clientWidth,
      content: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    }));
    expect(widths.viewport).toBe(VIEWPORTS.narrowest.width);
    expect(widths.content).toBeLessThanOrEqual(widths.viewport);
  },
);
