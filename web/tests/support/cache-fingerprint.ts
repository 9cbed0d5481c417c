/**
 * The caches the running system's site builds use (`npm start`'s rebuild service builds web/
 * itself), and a fingerprint of everything in them: a test builds the way tests or benchmarks do,
 * then checks the running system's caches are exactly as they were.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIR } from './isolated-web-root.ts';

/** Astro's cache and content store, the loader's CMS files, Vite's cache, Astro's generated files. */
export const RUNNING_SYSTEM_CACHES = [
  path.join(WEB_DIR, 'node_modules', '.astro'),
  path.join(WEB_DIR, 'node_modules', '.cache'),
  path.join(WEB_DIR, 'node_modules', '.vite'),
  path.join(WEB_DIR, '.astro'),
] as const;

/** Every entry under `dir` by relative path: its type, size, modification time (ns) and inode. */
export const fingerprintTree = (dir: string): Record<string, string> => {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { '.': 'absent' };
  }
  const prints: Record<string, string> = {};
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    try {
      const stat = lstatSync(full, { bigint: true });
      const type = entry.isDirectory() ? 'dir' : entry.isSymbolicLink() ? 'link' : 'file';
      prints[path.relative(dir, full)] = `${type} ${stat.size} ${stat.mtimeNs} ${stat.ino}`;
    } catch {
      prints[path.relative(dir, full)] = 'vanished while listed';
    }
  }
  return prints;
};

export const fingerprintRunningSystemCaches = (): Record<string, Record<string, string>> =>
  Object.fromEntries(RUNNING_SYSTEM_CACHES.map((dir) => [dir, fingerprintTree(dir)]));
