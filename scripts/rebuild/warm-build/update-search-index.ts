/**
 * Brings a live release's search index up to date (@platform/web/build's `updateSearchIndex`),
 * in a short-lived process of its own, so Pagefind is never loaded into the service that serves
 * the site. Started by warm-builder.ts with the release's folder; prints the result as JSON.
 */
import { updateSearchIndex } from '@platform/web/build';

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('usage: node update-search-index.ts <release folder>');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await updateSearchIndex(siteDir))}\n`);
