/**
 * What a watched visitor's browser does on the site: every request goes to the site itself, no
 * cookie is set, no script or style is refused by the CSP (the pages work under the real
 * headers), and the site handler sends the security headers.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { contentSecurityPolicy } from '../scripts/rebuild/security-headers.ts';
import { at, launchBrowser, newSiteContext, type SiteContext } from './support/browser';
import { eventually } from './support/eventually';
import { PAGE_TYPES } from './support/page-types';
import { E2E_SCRIPT_SRC } from './support/site-server';

jest.setTimeout(90_000);

let browser: Browser;
let site: SiteContext;
let page: Page;
const responses: Response[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  site = await newSiteContext(browser);
  site.context.on('response', (response) => responses.push(response));
  page = await site.context.newPage();
  // A tour of every page type; the first test adds a search.
  for (const { path } of PAGE_TYPES) await page.goto(at(path), { waitUntil: 'networkidle' });
});
afterAll(async () => {
  await browser?.close();
});

describe('on every page type, and while searching', () => {
  // First: the checks below cover the requests the search makes too.
  it('finds pages with the search, whose index (Pagefind, WebAssembly) loads from the site', async () => {
    await page.goto(at('/search/'), { waitUntil: 'networkidle' });
    await page.locator('.pagefind-ui__search-input').fill('asylum', { timeout: 10_000 });
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
    const paths = site.requests.map((request) => new URL(request.url()).pathname);
    expect(paths.some((path) => path.startsWith('/pagefind/') && path.endsWith('.pf_fragment'))).toBe(true);
    // The index is in shards (small ones for these tests), all searched: one entry file each.
    const bundles = paths.filter(
      (path) => path.startsWith('/pagefind/') && path.endsWith('/pagefind-entry.json'),
    );
    expect(new Set(bundles).size).toBeGreaterThan(1);
  });

  it('requests nothing from any other origin', () => {
    expect(site.requests.length).toBeGreaterThan(PAGE_TYPES.length * 3);
    expect(site.foreignRequests()).toEqual([]);
  });

  it('sets no cookie and is sent none', async () => {
    expect(await site.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const setting = responses.filter((response) => response.headers()['set-cookie'] !== undefined);
    expect(setting.map((response) => response.url())).toEqual([]);
  });

  it('runs without errors: no script, style or request refused by the CSP', () => {
    // The missing page answers 404 on purpose; the browser reports that as a console error.
    const expected = /no-such-page\/: Failed to load resource: the server responded with a status of 404/;
    expect(site.errors.filter((error) => !expected.test(error))).toEqual([]);
  });
});

describe('response headers', () => {
  let headers: Record<string, string>;
  beforeAll(async () => {
    const response = await page.goto(at('/'));
    headers = response?.headers() ?? {};
  });

  it('carry the Content-Security-Policy, with no other origin in it', () => {
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy({ scriptSrc: E2E_SCRIPT_SRC }));
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'self'");
    const sources = policy.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
    expect(sources.filter((source) => !/^('[a-z-]+'|data:)$/.test(source))).toEqual([]);
  });

  it('carry the other security headers', () => {
    expect(headers).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    expect(headers['permissions-policy']).toContain('camera=()');
  });

  it('and each page carries its own policy too, with hashes for its inline scripts', async () => {
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
    expect(meta).not.toContain('unsafe-inline');
  });

  it('are sent with a missing page too, which gets the 404 page', async () => {
    const response = await page.goto(at('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toBe(headers['content-security-policy']);
    await eventually(() => page.locator('h1').innerText(), 'Sorry, we cannot find that page');
  });
});
