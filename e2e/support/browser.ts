/**
 * Chromium (Debian's, never a downloaded one) with nothing able to leave the machine: host
 * names other than the local site resolve nowhere, and every request to another origin is
 * recorded and refused before it is sent, unless a test answers it with a local stub.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Request,
} from 'playwright-core';
import { siteUrl } from './env';

export const VIEWPORTS = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 800 },
  narrowest: { width: 320, height: 640 },
} as const;

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });

export type SiteContext = {
  context: BrowserContext;
  origin: string;
  /** Every request any page of this context made, in order. */
  requests: Request[];
  /** The requests to anything other than the site. */
  foreignRequests: () => string[];
  /** Console errors and uncaught page errors (a CSP violation shows up here). */
  errors: string[];
};

/** The address of a site path: `/resources/?language=ar`. */
export const at = (path: string): string => new URL(path, siteUrl()).href;

export const newSiteContext = async (
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<SiteContext> => {
  const origin = new URL(siteUrl()).origin;
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const requests: Request[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request));
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  });
  // Registered first, so a test's own stubs (registered later) take precedence.
  await context.route(
    (url) => url.origin !== origin && !url.protocol.startsWith('data'),
    (route) => route.abort('blockedbyclient'),
  );
  const isForeign = (url: string) => {
    const parsed = new URL(url);
    return parsed.origin !== origin && parsed.protocol !== 'data:' && parsed.protocol !== 'blob:';
  };
  return {
    context,
    origin,
    requests,
    errors,
    foreignRequests: () => requests.map((request) => request.url()).filter(isForeign),
  };
};
