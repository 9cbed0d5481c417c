/**
 * Puts the last build's pages back into dist/ in one bulk copy before Astro generates pages.
 *
 * With `experimental.incrementalBuild`, Astro copies every unchanged page from its cache
 * (`<cacheDir>/dist/`) into dist/ one file at a time, each copy awaited in turn: over a second
 * for ~1,300 pages. A page already in dist/ that the cache says is unchanged is kept as is, so
 * one native `cp` of the whole cache first leaves Astro nothing to copy. Astro no longer empties
 * dist/ (astro.config.mjs sets `vite.build.emptyOutDir: false`), so this integration does.
 *
 * The copy holds every page the last build cached; after the build, the copies Astro neither
 * kept (its new manifest lists them) nor wrote again are pruned: an unpublished article's page
 * must not survive. dist/ ends up with exactly the files a build without this integration makes.
 * Then Astro's cache itself is pruned to what this build produced (astro-internals.ts), so the next
 * copy holds the current content's pages only, however the content or the config changed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  cachedOutputDir,
  hasIncrementalManifest,
  incrementalManifestDigest,
  type IncrementalSupport,
  manifestOutputs,
  pruneAstroCache,
  readIncrementalManifest,
} from './astro-internals.ts';
import { emptyFoldersIn, removeEmptyFolders } from './prune-tree.ts';

/** What Astro's own emptyDir did before each build: nothing from the last build is kept. */
const emptyDir = (dir: string): void => {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return; // no outDir yet
  }
  for (const entry of entries) rmSync(path.join(dir, entry), { recursive: true, force: true, maxRetries: 3 });
};

/**
 * A native recursive copy: far faster than a copy per file from Node. Plain copies, no links.
 * Aborting kills the copy (and rejects once it has exited, so nothing writes after that).
 */
const copyTree = (from: string, to: string, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('cp', ['-R', `${from}${path.sep}.`, to], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Stopped: told once cp has exited (`close`), not when it is sent the signal (`error`).
    child.once('error', (error) => {
      if (!signal?.aborted) reject(error);
    });
    child.once('close', (code) => {
      if (signal?.aborted) reject(new Error('the copy was stopped'));
      else if (code === 0) resolve();
      else reject(new Error(`cp exited with ${String(code)}: ${stderr.trim()}`));
    });
  });

/** Identifies one version of a file: any write after the copy changes it. */
const fingerprint = (file: string): string | null => {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino}:${stat.ctimeNs}`;
  } catch {
    return null;
  }
};

type Restored = {
  /** Each copied file (absolute path in outDir) with its fingerprint right after the copy. */
  files: Map<string, string | null>;
  /** Copied folders that held nothing (Astro deletes a dropped page's file, not its folder). */
  emptyDirs: string[];
};

/** Copies the cached pages into outDir and records what it copied. */
const restore = async (cachedOutput: string, outDir: string, signal?: AbortSignal): Promise<Restored> => {
  const files = new Map<string, string | null>();
  if (!existsSync(cachedOutput)) return { files, emptyDirs: [] };
  const entries = readdirSync(cachedOutput, { recursive: true, withFileTypes: true });
  const inOutDir = (cached: string): string => path.join(outDir, path.relative(cachedOutput, cached));
  for (const entry of entries) {
    if (!entry.isDirectory()) files.set(inOutDir(path.join(entry.parentPath, entry.name)), null);
  }
  mkdirSync(outDir, { recursive: true });
  await copyTree(cachedOutput, outDir, signal);
  for (const file of files.keys()) files.set(file, fingerprint(file));
  return { files, emptyDirs: emptyFoldersIn(entries).map(inOutDir) };
};

/** Deletes the copies nobody kept or wrote again, then the folders that left empty. */
const prune = (
  restored: Restored,
  kept: ReadonlySet<string>,
  outDir: string,
): { files: number; dirs: number } => {
  const removed: string[] = [];
  for (const [file, copied] of restored.files) {
    if (kept.has(file) || copied === null || fingerprint(file) !== copied) continue;
    rmSync(file, { force: true });
    removed.push(file);
  }
  const folders = [...removed.map((file) => path.dirname(file)), ...restored.emptyDirs];
  return { files: removed.length, dirs: removeEmptyFolders(path.resolve(outDir), folders) };
};

const since = (start: number): string => `${Math.round(performance.now() - start)} ms`;

/**
 * Written by `prepareIncrementalOutput` into a folder it filled ahead of the next build: which
 * manifest the copy came from, and what it copied (relative paths, fingerprints).
 */
const PREPARED_MARKER = '.incremental-prepared.json';
type PreparedMarker = { manifest: string; files: Array<[string, string | null]>; emptyDirs: string[] };

/**
 * Fills `outDir` with the cached pages before the next build is asked for (the rebuild service's
 * warm worker calls this while idle, into a folder the next build is then renamed from), so the
 * copy is off the publish's critical path. The next build keeps it only if Astro's manifest is
 * still the one it was copied from; otherwise it empties the folder and copies again.
 */
export const prepareIncrementalOutput = async (
  cacheDir: string,
  outDir: string,
  signal?: AbortSignal,
): Promise<number> => {
  const cacheUrl = pathToFileURL(`${path.resolve(cacheDir)}${path.sep}`);
  emptyDir(outDir);
  mkdirSync(outDir, { recursive: true });
  const manifest = hasIncrementalManifest(cacheUrl) ? incrementalManifestDigest(cacheUrl) : null;
  if (manifest === null) return 0;
  // The marker is written last: a copy stopped half-way is never taken for a prepared folder.
  const restored = await restore(cachedOutputDir(cacheUrl), outDir, signal);
  const marker: PreparedMarker = {
    manifest,
    files: [...restored.files].map(([file, print]) => [path.relative(outDir, file), print]),
    emptyDirs: restored.emptyDirs.map((dir) => path.relative(outDir, dir)),
  };
  writeFileSync(path.join(outDir, PREPARED_MARKER), JSON.stringify(marker));
  return restored.files.size;
};

/** What a prepared folder holds, if it was prepared from the manifest there is now. */
const takePrepared = (outDir: string, cacheDir: URL): Restored | null => {
  const markerFile = path.join(outDir, PREPARED_MARKER);
  let marker: PreparedMarker;
  try {
    marker = JSON.parse(readFileSync(markerFile, 'utf8')) as PreparedMarker;
  } catch {
    return null;
  }
  rmSync(markerFile, { force: true }); // never part of the site
  if (marker.manifest !== incrementalManifestDigest(cacheDir)) return null;
  return {
    files: new Map(marker.files.map(([file, print]) => [path.join(outDir, file), print])),
    emptyDirs: (marker.emptyDirs ?? []).map((dir) => path.join(outDir, dir)),
  };
};

/** `support`: whether this build may use Astro's incremental internals (astro-internals.ts). */
export const incrementalOutput = (support: IncrementalSupport = { incremental: true }): AstroIntegration => {
  let enabled = false;
  let outDir = new URL('file:///');
  let cacheDir = new URL('file:///');
  let restored: Restored | null = null;
  return {
    name: 'incremental-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        enabled = support.incremental && config.experimental.incrementalBuild === true;
        outDir = config.outDir;
        cacheDir = config.cacheDir;
        restored = null;
      },
      'astro:build:start': async ({ logger }) => {
        if (!support.incremental) logger.warn(`plain full build: ${support.reason}`);
        const prepared = enabled ? takePrepared(fileURLToPath(outDir), cacheDir) : null;
        if (prepared) {
          restored = prepared;
          logger.info(`kept ${prepared.files.size} cached page file(s) copied before the build`);
          return;
        }
        emptyDir(fileURLToPath(outDir));
        // `astro build --force` renders every page again: copying them first would be wasted.
        if (!enabled || process.argv.includes('--force') || !hasIncrementalManifest(cacheDir)) return;
        const start = performance.now();
        restored = await restore(cachedOutputDir(cacheDir), fileURLToPath(outDir));
        logger.info(`copied ${restored.files.size} cached page file(s) into the output in ${since(start)}`);
      },
      // Astro writes its new manifest at the end of page generation, before this hook.
      'astro:build:done': ({ logger }) => {
        let start = performance.now();
        // Read once for both prunes: it runs to tens of megabytes at 12,000 pages.
        const manifest = readIncrementalManifest(cacheDir);
        if (restored) {
          const pruned = prune(restored, manifestOutputs(manifest, outDir), fileURLToPath(outDir));
          restored = null;
          logger.info(
            `pruned ${pruned.files} stale page file(s) and ${pruned.dirs} empty folder(s) in ${since(start)}`,
          );
        }
        start = performance.now();
        const cache = pruneAstroCache(cacheDir, outDir, manifest);
        logger.info(
          `cache: dropped ${cache.pages} page(s) and ${cache.images} image file(s) this build did not produce in ${since(start)}`,
        );
      },
    },
  };
};
