/**
 * axe-core on one page of each type, at a phone and a desktop width: no WCAG 2.2 A/AA violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { at, launchBrowser, newSiteContext, VIEWPORTS, type SiteContext } from './support/browser';
import { PAGE_TYPES } from './support/page-types';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop }))(
  'at %s width',
  (_, viewport) => {
    let site: SiteContext;
    let page: Page;
    beforeAll(async () => {
      site = await newSiteContext(browser, { viewport });
      page = await site.context.newPage();
    });
    afterAll(async () => {
      await site?.context.close();
    });

    it.each(PAGE_TYPES.map((type) => [type.name, type.path]))(
      '%s (%s) has no accessibility violations',
      async (_name, path) => {
        await page.goto(at(path), { waitUntil: 'load' });
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        }));
        expect(violations).toEqual([]);
        // Proof that axe looked at the page rather than an empty document.
        expect(results.passes.length).toBeGreaterThan(10);
      },
    );
  },
);
