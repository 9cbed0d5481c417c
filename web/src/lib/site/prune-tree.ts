/** Deleting what a cache no longer needs, file by file, and the folders that leaves empty. */
import { readdirSync, rmSync, rmdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Deletes every file under `dir` that `keep` refuses (given its absolute path), then the folders
 * left empty, deepest first (`dir` itself stays). Returns the number of files deleted.
 */
export const pruneTree = (dir: string, keep: (file: string) => boolean): number => {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0; // nothing cached yet
  }
  let removed = 0;
  const dirs: string[] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) dirs.push(full);
    else if (!keep(full)) {
      rmSync(full, { force: true });
      removed++;
    }
  }
  dirs.sort((a, b) => b.split(path.sep).length - a.split(path.sep).length);
  for (const folder of dirs) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty: kept
    }
  }
  return removed;
};
