/**
 * A private copy of the site's sources to build from. Astro keeps its content store and image
 * cache under `<root>/node_modules/.astro` and the loader keeps downloaded CMS files under
 * `<root>/node_modules/.cache`: building from web/ itself would share those with every other
 * build on the machine (a developer's, the other database tier's), and a build against one CMS
 * could pick up another CMS's entries. The copy sits inside web/ so packages still resolve
 * through web/node_modules and the repo's node_modules.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const WEB_DIR = path.resolve(__dirname, '..', '..');
/** Git, eslint, prettier and jest all ignore `.tmp/` folders. */
const TMP_DIR = path.join(WEB_DIR, 'tests', '.tmp');

const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json'] as const;

/** Unit tests stay behind: a copy of them would be found and run by jest's unit project. */
const isSource = (file: string): boolean =>
  !file.split(path.sep).includes('__tests__') && !/\.test\.[cm]?[jt]sx?$/.test(file);

export type WebRoot = { dir: string; remove: () => void };

export const createIsolatedWebRoot = (): WebRoot => {
  mkdirSync(TMP_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(TMP_DIR, 'web-root-'));
  for (const entry of COPIED) {
    cpSync(path.join(WEB_DIR, entry), path.join(dir, entry), { recursive: true, filter: isSource });
  }
  // Same package, different name: jest's module map refuses two packages with one name.
  const manifest = JSON.parse(readFileSync(path.join(WEB_DIR, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ ...manifest, name: `${String(manifest.name)}-test-copy` }, null, 2),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
