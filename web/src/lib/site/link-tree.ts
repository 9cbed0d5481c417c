/**
 * Copies a folder's files as hard links (a copy where the file system cannot link), for folders
 * whose files are never changed once written: the search index's shards. Node built-ins only.
 * Returns how many files it linked or copied.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const linkTree = (from: string, to: string): number => {
  mkdirSync(to, { recursive: true });
  let files = 0;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    const target = path.join(to, relative);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    if (!entry.isFile()) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(from, relative), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(path.join(from, relative), target);
    }
    files += 1;
  }
  return files;
};
