/**
 * Compiles the CMS once for the whole integration run (parallel workers compiling into one
 * folder collide), into a folder of this run's own so two runs at once don't trample each other.
 */
import path from 'node:path';
import { CMS_DIR, TEST_DIST_ENV } from '../helpers/paths';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared plain-JS build helper
const { compileCmsInto } = require('../../scripts/compile-into.js') as {
  compileCmsInto: (outDir: string) => boolean;
};

export default async function globalSetup(): Promise<void> {
  const outDir = path.join(CMS_DIR, '.tmp', `test-dist-${process.pid}`);
  process.env[TEST_DIST_ENV] = outDir;
  compileCmsInto(outDir);
}
