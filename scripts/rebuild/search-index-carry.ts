/**
 * Brings the live release's search index into a new build that left it out
 * (SITE_SEARCH_INDEX=after-swap), so the new release goes live with a working search, one
 * publish behind, until the index is updated in place. Hard links: nothing is copied, and the
 * in-place update only ever renames new files over old names, so the live release's own files
 * are never changed.
 */
import { existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SEARCH_DIR = 'pagefind';

/** Whether `releaseDir` has a complete search index to bring along. */
export const hasSearchIndex = (releaseDir: string): boolean =>
  existsSync(path.join(releaseDir, SEARCH_DIR, 'pagefind-entry.json'));

export const carrySearchIndex = (fromRelease: string, toDir: string): number => {
  const from = path.join(fromRelease, SEARCH_DIR);
  const to = path.join(toDir, SEARCH_DIR);
  let linked = 0;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    mkdirSync(path.dirname(path.join(to, relative)), { recursive: true });
    linkSync(path.join(from, relative), path.join(to, relative));
    linked += 1;
  }
  return linked;
};
