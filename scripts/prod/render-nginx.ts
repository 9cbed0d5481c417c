/**
 * Writes the generated nginx files into deploy/nginx (security-headers.conf from
 * scripts/rebuild/security-headers.ts, downloads.conf from web/src/lib/cms/files/download-types.ts,
 * nginx.conf for the web image from the template).
 *   node scripts/prod/render-nginx.ts           write them
 *   node scripts/prod/render-nginx.ts --check   exit 1 if a checked-in one is stale
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, NGINX_DIR, staleFiles } from './nginx-config.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

if (process.argv.includes('--check')) {
  const stale = staleFiles(repoRoot);
  if (stale.length > 0) {
    console.error(`Stale in deploy/nginx: ${stale.join(', ')}. Run: node scripts/prod/render-nginx.ts`);
    process.exit(1);
  }
  console.log('deploy/nginx is up to date.');
} else {
  for (const [name, content] of Object.entries(generatedFiles(repoRoot))) {
    writeFileSync(path.join(NGINX_DIR(repoRoot), name), content);
    console.log(`wrote deploy/nginx/${name}`);
  }
}
