/**
 * The resource library in a browser. Without JavaScript: following the page links reaches every
 * guide once, and the filter links open each value's static pages. With it: the filter form
 * opens one filter's static pages, combines two filters on the library page (cards taken from
 * the static pages, a page at a time), clears, and turns an old one-filter link into the static
 * page. The demo content plus 40 archive guides (web/tests/support/archive-resources.ts) put the
 * English library on three pages.
 */
import type { Browser, Page } from 'playwright-core';
import { archiveResources } from '../web/tests/support/archive-resources';
import { RESOURCES } from '../web/tests/support/demo-content';
import { eventually } from './support/eventually';
import { at, launchBrowser, newSiteContext, VIEWPORTS, type SiteContext } from './support/browser';

jest.setTimeout(60_000);

type Guide = {
  slug: string;
  type: string;
  audiences: readonly string[];
  topics: readonly string[];
  files: readonly string[];
};
const GUIDES: Guide[] = [
  ...RESOURCES.filter((r) => r.text.en).map((r) => ({ ...r, type: r.type as string })),
  ...archiveResources().map((r) => ({ ...r, files: ['en'] })),
];
const hrefs = (guides: readonly Guide[]) => guides.map((g) => `/resources/${g.slug}/`).sort();
const ALL = hrefs(GUIDES);
const IN_ARABIC = hrefs(GUIDES.filter((g) => g.files.includes('ar')));
const AUDIENCE = 'social-workers-and-professionals';
const IN_ARABIC_FOR_PROFESSIONALS = hrefs(
  GUIDES.filter((g) => g.files.includes('ar') && g.audiences.includes(AUDIENCE)),
);
/** More than one page of guides: "Show more resources" is needed. */
const ASYLUM_REPORTS = hrefs(GUIDES.filter((g) => g.topics.includes('asylum') && g.type === 'report'));

/** The guides a visitor can see, by their links. */
const visibleResources = async (page: Page): Promise<string[]> =>
  (
    await page
      .locator('#resource-list > li:visible h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).sort();

const pathAndQuery = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** Runs `action` and waits until the page has moved to another URL and loaded it. */
const navigates = async (page: Page, action: () => Promise<unknown>): Promise<void> => {
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), action()]);
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('with JavaScript', () => {
  let site: SiteContext;
  let page: Page;
  beforeEach(async () => {
    site = await newSiteContext(browser, { viewport: VIEWPORTS.phone });
    page = await site.context.newPage();
  });
  afterEach(async () => {
    await site.context.close();
  });

  const open = async (path: string): Promise<void> => {
    await page.goto(at(path));
    await page.getByRole('button', { name: 'Show resources' }).waitFor({ state: 'visible' });
  };
  const show = async (): Promise<void> => {
    await navigates(page, () => page.getByRole('button', { name: 'Show resources' }).click());
    await page.getByRole('button', { name: 'Show resources' }).waitFor({ state: 'visible' });
  };

  it('opens one filter’s static pages, combines two on the library page, and clears', async () => {
    expect(IN_ARABIC.length).toBeGreaterThan(IN_ARABIC_FOR_PROFESSIONALS.length);
    expect(IN_ARABIC_FOR_PROFESSIONALS.length).toBeGreaterThan(0);

    await open('/resources/');
    // The form replaces the filter links.
    expect(await page.getByRole('navigation', { name: 'Browse resources by' }).isVisible()).toBe(false);
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    // Choosing is not navigating (WCAG 3.2.2): only the button applies the choice.
    expect(pathAndQuery(page)).toBe('/resources/');
    await show();
    expect(pathAndQuery(page)).toBe('/resources/language/ar/');
    await eventually(() => visibleResources(page), IN_ARABIC);
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('ar');

    await page.getByLabel('Who it is for').selectOption(AUDIENCE);
    await show();
    expect(pathAndQuery(page)).toBe(`/resources/?audience=${AUDIENCE}&language=ar`);
    await eventually(() => visibleResources(page), IN_ARABIC_FOR_PROFESSIONALS);
    await eventually(
      () => page.getByRole('status').innerText(),
      `Showing ${IN_ARABIC_FOR_PROFESSIONALS.length} of ${ALL.length} resources`,
    );
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('ar');
    expect(await page.getByLabel('Who it is for').inputValue()).toBe(AUDIENCE);
    // The static page's own page links describe the unfiltered list.
    expect(await page.getByRole('navigation', { name: 'Pages of resources' }).isVisible()).toBe(false);

    await navigates(page, () => page.getByRole('link', { name: 'Clear filters' }).click());
    expect(pathAndQuery(page)).toBe('/resources/');
    await eventually(async () => (await visibleResources(page)).length, 24);
  });

  it('shows combined filters a page at a time, and moves focus to the first guide added', async () => {
    expect(ASYLUM_REPORTS.length).toBeGreaterThan(24);
    await open('/resources/?topic=asylum&type=report');
    await eventually(async () => (await visibleResources(page)).length, 24);
    await page.getByRole('button', { name: 'Show more resources' }).click();
    await eventually(() => visibleResources(page), ASYLUM_REPORTS);
    expect(await page.getByRole('button', { name: 'Show more resources' }).isVisible()).toBe(false);
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.dataset.position);
    const items = await page
      .locator('#resource-list > li')
      .evaluateAll((li) => li.map((item) => (item as HTMLElement).dataset.position));
    expect(focused).toBe(items[24]);
  });

  it('opens the static page for an old link with one filter, and ignores values the library does not have', async () => {
    await page.goto(at('/resources/?language=ar'));
    await page.waitForURL('**/resources/language/ar/');
    await eventually(() => visibleResources(page), IN_ARABIC);

    await open('/resources/?language=xx&audience=nobody');
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('');
    expect(await visibleResources(page)).toHaveLength(24);
  });
});

describe('without JavaScript', () => {
  let site: SiteContext;
  let page: Page;
  beforeEach(async () => {
    site = await newSiteContext(browser, { javaScriptEnabled: false });
    page = await site.context.newPage();
  });
  afterEach(async () => {
    await site.context.close();
  });

  it('reaches every guide once by following the page links', async () => {
    await page.goto(at('/resources/'));
    expect(await page.getByLabel('Language', { exact: true }).isVisible()).toBe(false);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const nav = page.getByRole('navigation', { name: 'Pages of resources' });
      expect(await nav.locator('[aria-current="page"]').innerText()).toBe(String(n));
      seen.push(...(await visibleResources(page)));
      const next = nav.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      await navigates(page, () => next.click());
    }
    expect(pathAndQuery(page)).toBe('/resources/page/3/');
    expect(seen.sort()).toEqual(ALL);
  });

  it('filters by following a filter link, with the keyboard', async () => {
    await page.goto(at('/resources/'));
    const browse = page.getByRole('navigation', { name: 'Browse resources by' });
    await browse.getByText('Language', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await browse.getByRole('link', { name: /^Arabic/ }).focus();
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(pathAndQuery(page)).toBe('/resources/language/ar/');
    expect(await visibleResources(page)).toEqual(IN_ARABIC);
  });
});
