/**
 * The resource library's filter: choosing a language or an audience shrinks the visible list to
 * exactly the matching resources, the choice is written into the URL, and loading that URL afresh
 * applies it and shows it in the controls. Without JavaScript the whole list shows.
 */
import type { Browser, Page } from 'playwright-core';
import { RESOURCES } from '../web/tests/support/demo-content';
import { eventually } from './support/eventually';
import { at, launchBrowser, newSiteContext, VIEWPORTS, type SiteContext } from './support/browser';

jest.setTimeout(60_000);

const ALL = RESOURCES.map((r) => `/resources/${r.slug}/`).sort();
const IN_ARABIC = RESOURCES.filter((r) => r.files.includes('ar'))
  .map((r) => `/resources/${r.slug}/`)
  .sort();
const AUDIENCE = 'social-workers-and-professionals';
const IN_ARABIC_FOR_PROFESSIONALS = RESOURCES.filter(
  (r) => r.files.includes('ar') && r.audiences.includes(AUDIENCE),
)
  .map((r) => `/resources/${r.slug}/`)
  .sort();

/** The resources a visitor can see, by their links. */
const visibleResources = async (page: Page): Promise<string[]> =>
  (
    await page
      .locator('#resource-list > li:visible h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).sort();

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

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

  /** Opens the library and waits for the filter to come alive. */
  const open = async (path: string): Promise<void> => {
    await page.goto(at(path));
    await page.getByRole('heading', { name: 'Filter resources' }).waitFor({ state: 'visible' });
  };

  it('shrinks the list to the chosen language, then to the chosen audience as well, and back', async () => {
    // The demo content makes these meaningful: each choice removes some resources, keeps some.
    expect(IN_ARABIC.length).toBeGreaterThan(IN_ARABIC_FOR_PROFESSIONALS.length);
    expect(IN_ARABIC_FOR_PROFESSIONALS.length).toBeGreaterThan(0);
    expect(ALL.length).toBeGreaterThan(IN_ARABIC.length);

    await open('/resources/');
    await eventually(() => visibleResources(page), ALL);
    await eventually(
      () => page.getByRole('status').innerText(),
      `Showing ${ALL.length} of ${ALL.length} resources`,
    );

    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await eventually(() => visibleResources(page), IN_ARABIC);
    expect(query(page)).toEqual({ language: 'ar' });
    await eventually(
      () => page.getByRole('status').innerText(),
      `Showing ${IN_ARABIC.length} of ${ALL.length} resources`,
    );

    await page.getByLabel('Who it is for').selectOption(AUDIENCE);
    await eventually(() => visibleResources(page), IN_ARABIC_FOR_PROFESSIONALS);
    expect(query(page)).toEqual({ audience: AUDIENCE, language: 'ar' });

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await eventually(() => visibleResources(page), ALL);
    expect(query(page)).toEqual({});
  });

  it('applies a filter from the URL on a fresh load, and shows it in the controls', async () => {
    await open('/resources/?language=ar');
    await eventually(() => page.getByLabel('Language', { exact: true }).inputValue(), 'ar');
    await eventually(() => page.getByLabel('Who it is for').inputValue(), '');
    await eventually(() => visibleResources(page), IN_ARABIC);
  });

  it('ignores a value the page does not offer instead of hiding everything', async () => {
    await open('/resources/?language=xx');
    await eventually(() => page.getByLabel('Language', { exact: true }).inputValue(), '');
    await eventually(() => visibleResources(page), ALL);
  });
});

describe('without JavaScript', () => {
  it('shows the whole list and no filter controls', async () => {
    const site = await newSiteContext(browser, { javaScriptEnabled: false });
    try {
      const page = await site.context.newPage();
      await page.goto(at('/resources/?language=ar'));
      await eventually(() => visibleResources(page), ALL);
      expect(await page.getByLabel('Language', { exact: true }).isVisible()).toBe(false);
    } finally {
      await site.context.close();
    }
  });
});
