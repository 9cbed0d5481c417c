import path from 'node:path';

export const CMS_DIR = path.resolve(__dirname, '..', '..');
export const TEST_DIST_DIR = path.join(CMS_DIR, '.tmp', 'test-dist');
export const FIXTURES_DIR = path.join(CMS_DIR, 'tests', 'fixtures');
