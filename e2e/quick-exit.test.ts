/**
 * The quick exit (GOV.UK "Exit this page"): the button and three presses of Shift replace the
 * page with the neutral site so that Back does not return here; without JavaScript it is still a
 * plain link there. The neutral site is answered by a local stub: nothing leaves the machine.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { QUICK_EXIT_URL } from '../web/tests/support/demo-content';
import { at, launchBrowser, newSiteContext, VIEWPORTS, type SiteContext } from './support/browser';

/** A page outside the site the visitor came from, so Back has somewhere to go. */
const EARLIER_PAGE = 'https://earlier-page.example/';

jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers the neutral site and the earlier page locally. */
const stubOtherSites = async (context: BrowserContext): Promise<void> => {
  await context.route(
    (url) => url.href.startsWith(QUICK_EXIT_URL) || url.href === EARLIER_PAGE,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Elsewhere</title><h1>Somewhere else</h1></html>',
      }),
  );
};

const isOnSite = (page: Page, site: SiteContext) => new URL(page.url()).origin === site.origin;

describe('with JavaScript', () => {
  let site: SiteContext;
  beforeEach(async () => {
    site = await newSiteContext(browser, { viewport: VIEWPORTS.phone });
    await stubOtherSites(site.context);
  });
  afterEach(async () => {
    await site.context.close();
  });

  /** A visitor who came to a page of the site from another page. */
  const visit = async (path: string): Promise<Page> => {
    const page = await site.context.newPage();
    await page.goto(EARLIER_PAGE);
    await page.goto(at(path));
    return page;
  };

  it('leaves for the neutral site when the button is pressed, and Back does not return to this page', async () => {
    const page = await visit('/resources/');
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await page.waitForURL(`${QUICK_EXIT_URL}**`);
    expect(await page.textContent('h1')).toBe('Somewhere else');
    // The page the visitor was reading was replaced in history: Back skips it. (Other pages of
    // the site read earlier in the same tab stay in history: the "cover your tracks" page says so.)
    await page.goBack();
    expect(page.url()).toBe(EARLIER_PAGE);
    expect(isOnSite(page, site)).toBe(false);
  });

  it('leaves when Shift is pressed three times, on a right-to-left page too', async () => {
    for (const path of ['/get-help/', '/ar/']) {
      const page = await visit(path);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForURL(`${QUICK_EXIT_URL}**`);
      await page.close();
    }
  });

  it('does not leave on two presses of Shift, or when another key comes between', async () => {
    const page = await visit('/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(isOnSite(page, site)).toBe(true);
  });

  it('stays in view at the top of a long page after scrolling', async () => {
    const page = await visit('/news/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.getByRole('link', { name: 'Exit this page' }).boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(VIEWPORTS.phone.height);
  });
});

describe('without JavaScript', () => {
  it('is a plain link to the neutral site', async () => {
    const site = await newSiteContext(browser, { viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    try {
      await stubOtherSites(site.context);
      const page = await site.context.newPage();
      await page.goto(EARLIER_PAGE);
      await page.goto(at('/'));
      const exit = page.getByRole('link', { name: 'Exit this page' });
      expect(await exit.getAttribute('href')).toBe(QUICK_EXIT_URL);
      await exit.click();
      await page.waitForURL(`${QUICK_EXIT_URL}**`);
      expect(await page.textContent('h1')).toBe('Somewhere else');
      // A plain link cannot replace history: this is what the script adds (and what the
      // Back check above would catch if it stopped working).
      await page.goBack();
      expect(isOnSite(page, site)).toBe(true);
    } finally {
      await site.context.close();
    }
  });
});
