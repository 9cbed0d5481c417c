import path from 'node:path';

export const CMS_DIR = path.resolve(__dirname, '..', '..');

/** Set by the global setup to the folder this run compiled the CMS into. */
export const TEST_DIST_ENV = 'CMS_TEST_DIST_DIR';
export const testDistDir = (): string => {
  const dir = process.env[TEST_DIST_ENV];
  if (!dir)
    throw new Error(`${TEST_DIST_ENV} is not set: run integration tests through jest's integration project`);
  return dir;
};
