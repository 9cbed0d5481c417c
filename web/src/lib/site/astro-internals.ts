/**
 * Everything the site build and the rebuild service rely on that is NOT Astro's public API, in
 * one place, with the Astro release and manifest version it was written for. Written for Astro
 * 7.3 (astro/dist/core/build/incremental.js and astro/dist/assets/build/generate.js):
 *   <cacheDir> = <root>/node_modules/.astro (Astro's default; astro.config.mjs does not move it)
 *   incremental-build.json   the incremental build's manifest (version 1): every page it cached,
 *                            by route and path, with the page's `outputFile` (URL-encoded)
 *   dist/<outputFile>        the cached copy of each of those pages (incremental-output.ts copies
 *                            them into the output in bulk, before Astro would one by one)
 *   assets/<name>[.json]     optimised images by their output file name (`_astro/<name>`),
 *                            with a metadata file for remote ones
 *   data-store.json          the content layer's store (kept by the Strapi loader, not here)
 * and two things the rebuild service does because of how Astro 7.3 builds:
 *   BUILD_DIR_NAME           every build writes to the same folder (Astro bakes the output path
 *                            into the page code it hashes: a new path would defeat the cache)
 *   module reuse             the warm build worker runs build after build in one process, and a
 *                            page module whose code did not change is reused (build-memo.ts)
 *
 * `incrementalSupport` decides, before each build, whether any of that may be used: only with
 * the Astro release line and manifest version below. Otherwise the build is a plain full build:
 * incremental build off (astro.config.mjs), no cached pages copied or pruned, nothing prepared
 * ahead, and the warm worker is replaced after every build (no module reuse). Astro's own
 * behaviour takes over and the site is still correct, only slower.
 *
 * Astro prunes its copies only of pages its previous manifest lists, and only when that manifest
 * matches the config: after a build for another site address or CMS, or with `--force`, every
 * older copy stays forever, and so does every image nobody uses any more. After each build,
 * `pruneAstroCache` leaves the cache with exactly what this build produced.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneTree } from './prune-tree.ts';

/** The Astro release line (major.minor) and incremental manifest version this module reads. */
export const WRITTEN_FOR = { astro: '7.3', manifestVersion: 1 } as const;

const MANIFEST_FILE = 'incremental-build.json';
const CACHED_OUTPUT_DIR = 'dist/';
const IMAGE_CACHE_DIR = 'assets/';
/** Where optimised images go in the output (`build.assets`, not changed in astro.config.mjs). */
const OUTPUT_ASSETS_DIR = '_astro';

/** Astro's default cacheDir for a site folder (astro.config.mjs does not move it). */
export const astroCacheDir = (webRoot: string): string => path.join(webRoot, 'node_modules', '.astro');

/**
 * The rebuild service's one build folder (`releases/.building/`), renamed to the release id once
 * complete: the same output path every build, so Astro's incremental build can reuse pages.
 */
export const BUILD_DIR_NAME = '.building';

/** Whether an Astro version is of the release line this module was written for. */
export const isKnownAstroVersion = (version: string): boolean => {
  const [major, minor] = version.split('.');
  return `${major}.${minor}` === WRITTEN_FOR.astro;
};

let installedVersion: string | null = null;
/** The installed Astro's version (the one that builds this site). */
export const installedAstroVersion = (): string => {
  installedVersion ??= (createRequire(import.meta.url)('astro/package.json') as { version: string }).version;
  return installedVersion;
};

export const knowsInstalledAstro = (): boolean => isKnownAstroVersion(installedAstroVersion());

/** Enough of the manifest's start to hold its `version`, the first key Astro writes. */
const HEAD_BYTES = 256;
const VERSION_AT_START = /^\s*\{\s*"version"\s*:\s*(-?\d+)\s*[,}]/;

/**
 * The `version` of a manifest file, read from its first bytes: Astro writes it as the first key
 * (`JSON.stringify({ version, configHash, … })`), and the whole file runs to tens of megabytes at
 * 12,000 pages, read before and after every build. A file that does not start that way is parsed
 * whole. A file cut short after its version is Astro's own case: its build finds the manifest
 * unreadable, renders every page and writes a new one. Throws when the file cannot be read.
 */
const manifestVersion = (file: string): unknown => {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const match = VERSION_AT_START.exec(head.toString('utf8', 0, length));
  if (match) return Number(match[1]);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
};

export type IncrementalSupport = { incremental: true } | { incremental: false; reason: string };

/**
 * Whether this build may use Astro's internals above: the installed Astro is of the release line
 * this module was written for, and the manifest on disk (if any: none before the first build) is
 * of the version it reads. `astroVersion` is for tests.
 */
export const incrementalSupport = (
  cacheDir: string,
  astroVersion: string = installedAstroVersion(),
): IncrementalSupport => {
  if (!isKnownAstroVersion(astroVersion)) {
    return {
      incremental: false,
      reason: `Astro ${astroVersion} is installed; the incremental build was written for Astro ${WRITTEN_FOR.astro}`,
    };
  }
  let version: unknown;
  try {
    version = manifestVersion(path.join(cacheDir, MANIFEST_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { incremental: true }; // Astro writes one of its own version
    return { incremental: false, reason: `Astro's ${MANIFEST_FILE} cannot be read` };
  }
  return version === WRITTEN_FOR.manifestVersion
    ? { incremental: true }
    : {
        incremental: false,
        reason: `Astro's ${MANIFEST_FILE} is of version ${String(version)}; the incremental build was written for version ${WRITTEN_FOR.manifestVersion}`,
      };
};

type Manifest = {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
};

/** The manifest Astro wrote after its last build, or null when there is none this module can read. */
export const readIncrementalManifest = (cacheDir: URL): Manifest | null => {
  if (!knowsInstalledAstro()) return null;
  try {
    const manifest = JSON.parse(readFileSync(new URL(MANIFEST_FILE, cacheDir), 'utf8')) as Manifest;
    return manifest.version === WRITTEN_FOR.manifestVersion && typeof manifest.routes === 'object'
      ? manifest
      : null;
  } catch {
    return null;
  }
};

/**
 * Whether a manifest of the version this module reads is on disk, from its first bytes: enough to
 * decide whether the last build's pages are worth copying, without parsing tens of megabytes.
 */
export const hasIncrementalManifest = (cacheDir: URL): boolean => {
  if (!knowsInstalledAstro()) return false;
  try {
    return manifestVersion(fileURLToPath(new URL(MANIFEST_FILE, cacheDir))) === WRITTEN_FOR.manifestVersion;
  } catch {
    return false;
  }
};

/** Identifies the manifest now on disk: any build that writes a new one changes it. */
export const incrementalManifestDigest = (cacheDir: URL): string | null => {
  try {
    return createHash('sha256')
      .update(readFileSync(new URL(MANIFEST_FILE, cacheDir)))
      .digest('hex');
  } catch {
    return null;
  }
};

/** The folder holding the cached copies of pages. */
export const cachedOutputDir = (cacheDir: URL): string => fileURLToPath(new URL(CACHED_OUTPUT_DIR, cacheDir));

/** Absolute paths, under `base`, of the page files a manifest lists (`outputFile` is URL-encoded). */
export const manifestOutputs = (manifest: Manifest | null, base: URL): Set<string> => {
  const outputs = new Set<string>();
  for (const route of Object.values(manifest?.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths)) {
      outputs.add(fileURLToPath(new URL(outputFile, base)));
    }
  }
  return outputs;
};

export type CachePruned = { pages: number; images: number };

/**
 * After a build: drops the cached pages this build's manifest does not list, and the optimised
 * images that are not in this build's output (`outDir/_astro/`). Both caches then hold only what
 * the current content produces. Without a manifest this module can read, nothing is deleted.
 */
export const pruneAstroCache = (
  cacheDir: URL,
  outDir: URL,
  manifest: Manifest | null = readIncrementalManifest(cacheDir),
): CachePruned => {
  if (!knowsInstalledAstro()) return { pages: 0, images: 0 };
  const cachedDir = new URL(CACHED_OUTPUT_DIR, cacheDir);
  const listed = manifestOutputs(manifest, cachedDir);
  const pages = manifest ? pruneTree(fileURLToPath(cachedDir), (file) => listed.has(file)) : 0;

  let produced: Set<string>;
  try {
    produced = new Set(readdirSync(path.join(fileURLToPath(outDir), OUTPUT_ASSETS_DIR)));
  } catch {
    produced = new Set();
  }
  // `<name>` and its metadata `<name>.json` go together.
  const images = pruneTree(fileURLToPath(new URL(IMAGE_CACHE_DIR, cacheDir)), (file) =>
    produced.has(path.basename(file).replace(/\.json$/, '')),
  );
  return { pages, images };
};
