import { rmSync } from 'node:fs';
import { TEST_DIST_ENV } from '../helpers/paths';

export default async function globalTeardown(): Promise<void> {
  const outDir = process.env[TEST_DIST_ENV];
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
