/**
 * Compiles the CMS once for the whole integration run (parallel workers compiling into one
 * folder collide). It compiles with tsc into a folder of this run's own, so the admin panel
 * built into cms/dist by `strapi build` survives, and two runs at once don't trample each
 * other. Type errors don't stop the emit here: `npm run typecheck` is the gate for those.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, TEST_DIST_ENV } from '../helpers/paths';

export default async function globalSetup(): Promise<void> {
  const outDir = path.join(CMS_DIR, '.tmp', `test-dist-${process.pid}`);
  process.env[TEST_DIST_ENV] = outDir;
  rmSync(outDir, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const args = ['-p', path.join(CMS_DIR, 'tsconfig.json'), '--outDir', outDir, '--incremental', 'false'];
  try {
    execFileSync(process.execPath, [tsc, ...args, '--noEmitOnError', 'false'], { stdio: 'pipe' });
  } catch {
    // tsc exits non-zero on type errors even though it emitted; only a missing output is fatal.
  }
  try {
    require.resolve(path.join(outDir, 'src', 'index.js'));
  } catch {
    throw new Error(`Compiling the CMS for the tests produced nothing in ${outDir}`);
  }
}
