/**
 * The directory of services in Chromium: without JavaScript every service is listed, a page of 24
 * at a time, and the area pages narrow it down by links; with JavaScript the filter form appears
 * and filters the whole directory in place (by area, group and language, from the build's filter
 * index, with cards taken from every page of the directory), announces the count in a polite live
 * region, keeps the choice in the address, and works from the keyboard. On an area page the form
 * opens the whole directory with its choices. Axe-checked after filtering, right to left in Arabic.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { DIRECTORY_SERVICES } from '../cms/src/seed/content/directory';
import { eventually } from './support/eventually';
import { at, launchBrowser, newSiteContext, VIEWPORTS, type SiteContext } from './support/browser';

jest.setTimeout(90_000);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const path = (slug: string) => `/directory/${slug}/`;
const ALL = DIRECTORY_SERVICES.map((service) => path(service.slug)).sort();
const LONDON = DIRECTORY_SERVICES.filter((service) =>
  service.areas.some(
    (area) =>
      area.nation === 'england' && (area.region === 'London' || (!area.region && !area.localAuthority)),
  ),
)
  .map((service) => path(service.slug))
  .sort();
const LONDON_IN_TIGRINYA = DIRECTORY_SERVICES.filter(
  (service) => LONDON.includes(path(service.slug)) && service.languages.includes('ti'),
)
  .map((service) => path(service.slug))
  .sort();

const NORTHERN_IRELAND_FOR_REFUGEES = DIRECTORY_SERVICES.filter(
  (service) =>
    service.areas.some((area) => area.nation === 'northern_ireland') &&
    (service.situations.includes('refugee') || service.situations.includes('any_situation')),
)
  .map((service) => path(service.slug))
  .sort();

const visibleServices = async (page: Page): Promise<string[]> =>
  (
    await page
      .locator('#directory-list > li:visible h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).sort();

/** The services of a list over all its static pages, following its "Next page" links. */
const servicesOverPages = async (page: Page): Promise<string[]> => {
  const found = [...(await visibleServices(page))];
  const pager = page.getByRole('navigation', { name: 'Pages of services' });
  while ((await pager.count()) > 0 && (await pager.getByRole('link', { name: /Next page/ }).count()) > 0) {
    await pager.getByRole('link', { name: /Next page/ }).click();
    await page.waitForLoadState();
    found.push(...(await visibleServices(page)));
  }
  return found.sort();
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  let site: SiteContext;
  let page: Page;
  beforeAll(async () => {
    site = await newSiteContext(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    page = await site.context.newPage();
  });
  afterAll(async () => {
    await site?.context.close();
  });

  it('lists every service a page at a time, hides the useless form, and filters by following an area link', async () => {
    await page.goto(at('/directory/'));
    expect(await visibleServices(page)).toHaveLength(24);
    expect(await page.locator('#directory-filter').isVisible()).toBe(false);
    expect(await servicesOverPages(page)).toEqual(ALL);
    await page.goto(at('/directory/'));
    await page.getByRole('link', { name: 'London', exact: true }).click();
    await page.waitForURL(/\/directory\/area\/england\/london\/$/);
    expect(await servicesOverPages(page)).toEqual(LONDON);
    await page.goto(at('/directory/area/england/london/'));
    await page.getByRole('link', { name: 'Tigrinya', exact: true }).click();
    await page.waitForURL(/\/directory\/language\/ti\/$/);
    expect((await visibleServices(page)).length).toBeGreaterThan(0);
  });
});

describe('with JavaScript', () => {
  let site: SiteContext;
  let page: Page;
  beforeEach(async () => {
    site = await newSiteContext(browser, { viewport: VIEWPORTS.phone });
    page = await site.context.newPage();
  });
  afterEach(async () => {
    expect(site.foreignRequests()).toEqual([]);
    expect(site.errors).toEqual([]);
    await site.context.close();
  });

  it('narrows the list by area, then language, announcing the count politely, and keeps it in the address', async () => {
    expect(LONDON.length).toBeGreaterThan(LONDON_IN_TIGRINYA.length);
    expect(NORTHERN_IRELAND_FOR_REFUGEES.length).toBeGreaterThan(1);
    expect(LONDON_IN_TIGRINYA.length).toBeGreaterThan(0);
    await page.goto(at('/directory/'));
    await page.getByRole('heading', { name: 'Filter the list' }).waitFor({ state: 'visible' });
    const status = page.getByRole('status');
    expect(await status.getAttribute('role')).toBe('status');
    await eventually(() => status.innerText(), `${ALL.length} services`);
    const firstPage = await visibleServices(page);
    expect(firstPage).toHaveLength(24);
    // Some London services are on the directory's second page: the filter finds them there.
    expect(LONDON.some((href) => !firstPage.includes(href))).toBe(true);

    await page.getByRole('combobox', { name: 'Area' }).selectOption('england/london');
    await eventually(() => visibleServices(page), LONDON);
    expect(await page.getByRole('navigation', { name: 'Pages of services' }).isVisible()).toBe(false);
    // Every match is shown: nothing more to load.
    expect(await page.getByRole('button', { name: 'Show more services' }).isVisible()).toBe(false);
    await eventually(() => status.innerText(), `${LONDON.length} services`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ti');
    await eventually(() => visibleServices(page), LONDON_IN_TIGRINYA);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      area: 'england/london',
      language: 'ti',
    });

    // The same list as the static London page built for visitors without JavaScript.
    await page.reload();
    await eventually(() => visibleServices(page), LONDON_IN_TIGRINYA);
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('ti');

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    await page.getByRole('link', { name: 'Show all' }).click();
    await eventually(() => visibleServices(page), firstPage);
    await eventually(() => status.innerText(), `${ALL.length} services`);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('navigation', { name: 'Pages of services' }).isVisible()).toBe(true);
  });

  it('shows a long filtered list a page at a time, moving focus to the first service loaded', async () => {
    const inEnglish = DIRECTORY_SERVICES.filter((service) => service.languages.includes('en'));
    expect(inEnglish.length).toBeGreaterThan(24);
    await page.goto(at('/directory/?language=en'));
    const more = page.getByRole('button', { name: 'Show more services' });
    await eventually(async () => (await visibleServices(page)).length, 24);
    await eventually(() => page.getByRole('status').innerText(), `${inEnglish.length} services`);
    await more.click();
    await eventually(async () => (await visibleServices(page)).length, inEnglish.length);
    expect(await visibleServices(page)).toEqual(inEnglish.map((service) => path(service.slug)).sort());
    expect(await more.isVisible()).toBe(false);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(await page.locator('#directory-list > li').nth(24).locator('h2 a').getAttribute('href')).toBe(
      focused,
    );
  });

  it('prints the whole list, not only the page on screen, and puts the page back afterwards', async () => {
    type Printing = { printed: number[] };
    // Printing is the browser's dialog: count what would print, then end it as the browser does.
    await page.addInitScript(() => {
      const record = window as unknown as Printing;
      record.printed = [];
      window.print = () => {
        record.printed.push(document.querySelectorAll('#directory-list > li').length);
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    const printed = () => page.evaluate(() => (window as unknown as Printing).printed);
    await page.goto(at('/directory/'));
    const print = page.getByRole('button', { name: 'Print this list' });
    await print.click();
    await eventually(printed, [ALL.length]);
    expect(await visibleServices(page)).toHaveLength(24);

    await page.getByRole('combobox', { name: 'Area' }).selectOption('england/london');
    await eventually(() => visibleServices(page), LONDON);
    await print.click();
    await eventually(printed, [ALL.length, LONDON.length]);
  });

  it('opens the whole directory with the choices from an area page', async () => {
    await page.goto(at('/directory/area/england/london/'));
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.waitFor({ state: 'visible' });
    // The page's own area is chosen already.
    expect(await page.getByRole('combobox', { name: 'Area' }).inputValue()).toBe('england/london');
    await language.selectOption('ti');
    expect(new URL(page.url()).pathname).toBe('/directory/area/england/london/'); // a choice alone goes nowhere
    await page.getByRole('button', { name: 'Show services' }).click();
    await page.waitForURL(/\/directory\/\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      area: 'england/london',
      language: 'ti',
    });
    await eventually(() => visibleServices(page), LONDON_IN_TIGRINYA);
  });

  it('shows a message when nothing matches, and filters by who it is for from the keyboard', async () => {
    await page.goto(at('/directory/'));
    await page.getByRole('combobox', { name: 'Area' }).waitFor({ state: 'visible' });
    await page.getByRole('combobox', { name: 'Area' }).focus();
    await page.getByRole('combobox', { name: 'Area' }).selectOption('northern-ireland');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('directory-who');
    await page.getByRole('combobox', { name: 'Who it is for' }).selectOption('refugee');
    // A service for any immigration situation is for refugees too.
    await eventually(() => visibleServices(page), NORTHERN_IRELAND_FOR_REFUGEES);
    expect(await page.locator('#directory-no-match').isVisible()).toBe(false);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
    await eventually(() => visibleServices(page), []);
    expect(await page.locator('#directory-no-match').isVisible()).toBe(true);
    await eventually(() => page.getByRole('status').innerText(), '0 services');
  });

  it('ignores a choice in the address that the form does not offer', async () => {
    const inTigrinya = DIRECTORY_SERVICES.filter((service) => service.languages.includes('ti'));
    expect(inTigrinya.length).toBeGreaterThan(0);
    // A stale or hand-typed area must not hide every service: it is dropped, the language kept.
    await page.goto(at('/directory/?area=atlantis&language=ti'));
    await eventually(() => visibleServices(page), inTigrinya.map((service) => path(service.slug)).sort());
    expect(await page.getByRole('combobox', { name: 'Area' }).inputValue()).toBe('');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ language: 'ti' });
  });

  it('shows the latest choice when an earlier one is still loading', async () => {
    await page.goto(at('/directory/area/scotland/'));
    const scotland = await servicesOverPages(page);
    expect(scotland.length).toBeGreaterThan(0);
    expect(LONDON.some((href) => !scotland.includes(href))).toBe(true);
    // The list pages the cards come from answer slowly, so the first choice is still loading
    // when the second is made; both then finish, the earlier one first.
    await page.route(
      (url) => url.pathname.startsWith('/directory/') && !url.pathname.endsWith('.json'),
      async (route) => {
        if (route.request().resourceType() === 'fetch') await new Promise((done) => setTimeout(done, 1500));
        await route.continue();
      },
    );
    await page.goto(at('/directory/'));
    const area = page.getByRole('combobox', { name: 'Area' });
    await area.waitFor({ state: 'visible' });
    await area.selectOption('england/london');
    await area.selectOption('scotland');
    await eventually(() => visibleServices(page), scotland);
    // Longer than the slow answers take: the London round, done late, added nothing.
    await page.waitForTimeout(2000);
    expect(await visibleServices(page)).toEqual(scotland);
    await eventually(() => page.getByRole('status').innerText(), `${scotland.length} services`);
  });

  it('works right to left in Arabic', async () => {
    await page.goto(at('/ar/directory/'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('combobox', { name: 'المنطقة' }).waitFor({ state: 'visible' });
    const before = (await visibleServices(page)).length;
    expect(before).toBeGreaterThan(1);
    await page.getByRole('combobox', { name: 'المنطقة' }).selectOption('scotland');
    await eventually(async () => (await visibleServices(page)).length < before, true);
  });
});
