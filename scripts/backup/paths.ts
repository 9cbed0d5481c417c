/** Where things are, for the backup tools (they run from anywhere: paths come from this file). */
import { createRequire } from 'node:module';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CMS_DIR = path.join(REPO_ROOT, 'cms');

/**
 * Strapi and its data-transfer engine, loaded as the CMS loads them (CommonJS, from cms/): their
 * ES module builds do not load under plain Node, and one copy of each keeps the engine and the
 * CMS on the same Strapi.
 */
export const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
