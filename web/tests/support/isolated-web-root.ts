/**
 * A private copy of the site's sources to build from. Astro keeps its content store, page and
 * image caches under `<root>/node_modules/.astro`, its generated files (and, for an output folder
 * outside the working directory, its compiled pages) under `<root>/.astro`, and the loader keeps
 * downloaded CMS files under `<root>/node_modules/.cache`: building from web/ itself would share
 * all of that with every other build on the machine (the running system's, a developer's, the
 * other database tier's), and a build against one CMS could pick up or prune another's. Tests and
 * benchmarks build from a copy (the rebuild service's REBUILD_WEB_ROOT points its worker at one).
 * The copy sits inside web/ so packages still resolve through web/node_modules and the repo's
 * node_modules; `remove` leaves nothing behind.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const WEB_DIR = path.resolve(import.meta.dirname, '..', '..');
/** Git, eslint, prettier and jest all ignore `.tmp/` folders. */
const TMP_DIR = path.join(WEB_DIR, 'tests', '.tmp');

const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json'] as const;

/** Unit tests stay behind: a copy of them would be found and run by jest's unit project. */
const isSource = (file: string): boolean =>
  !file.split(path.sep).includes('__tests__') && !/\.test\.[cm]?[jt]sx?$/.test(file);

export type WebRoot = { dir: string; remove: () => void };

export const createIsolatedWebRoot = (prefix = 'web-root-'): WebRoot => {
  mkdirSync(TMP_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(TMP_DIR, prefix));
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    try {
      rmdirSync(TMP_DIR); // the last copy takes the folder with it
    } catch {
      // another copy is still there
    }
  };
  try {
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
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
};

/** The `astro` command line (its JavaScript entry), to run with `node`. */
/** The site's build command in a copy (`npm run build`: astro build, then the search index, src/build/cli.mjs). */
export const buildCommandOf = (rootDir: string): string => path.join(rootDir, 'src', 'build', 'cli.mjs');

export const astroBin = (): string => {
  const manifestPath = createRequire(path.join(WEB_DIR, 'package.json')).resolve('astro/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin.astro;
  if (!bin) throw new Error('astro/package.json names no `astro` binary');
  return path.join(path.dirname(manifestPath), bin);
};
