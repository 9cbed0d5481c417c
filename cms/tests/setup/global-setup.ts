/**
 * Compiles the CMS once for the whole integration run (parallel workers compiling into one
 * folder collide). It compiles with tsc into its own folder so the admin panel built into
 * cms/dist by `strapi build` survives a test run.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, TEST_DIST_DIR } from '../helpers/paths';

export default async function globalSetup(): Promise<void> {
  rmSync(TEST_DIST_DIR, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [tsc, '-p', path.join(CMS_DIR, 'tsconfig.json'), '--outDir', TEST_DIST_DIR, '--incremental', 'false'],
    {
      stdio: 'inherit',
    },
  );
}
