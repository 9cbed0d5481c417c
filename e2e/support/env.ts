/**
 * The browser tests' settings. The global setup publishes the address of the site it serves
 * here for the test files (jest's workers inherit the environment).
 */
export const SITE_URL_ENV = 'E2E_SITE_URL';
/**
 * Optional, for working on the tests: a folder to keep the built site in between runs. When it
 * already holds a site, the CMS boot and build are skipped and that site is served.
 */
export const REUSE_DIR_ENV = 'E2E_REUSE_SITE_DIR';

export const siteUrl = (): string => {
  const url = process.env[SITE_URL_ENV];
  if (!url) throw new Error(`${SITE_URL_ENV} is not set: run the browser tests through jest's e2e project`);
  return url;
};

export const reuseDir = (): string | undefined => process.env[REUSE_DIR_ENV] || undefined;

export const publishSiteUrl = (url: string): void => {
  process.env[SITE_URL_ENV] = url;
};
