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
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Astro 7 keeps its incremental cache, inside `cacheDir` (astro/dist/core/build/incremental.js). */
const MANIFEST_FILE = 'incremental-build.json';
const CACHED_OUTPUT_DIR = 'dist/';
const MANIFEST_VERSION = 1;

type Manifest = {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
};

/** The manifest Astro wrote after its last build, or null when there is none it could use. */
const readManifest = (cacheDir: URL): Manifest | null => {
  try {
    const manifest = JSON.parse(readFileSync(new URL(MANIFEST_FILE, cacheDir), 'utf8')) as Manifest;
    return manifest.version === MANIFEST_VERSION && typeof manifest.routes === 'object' ? manifest : null;
  } catch {
    return null;
  }
};

/** Absolute paths of the files the manifest lists as page outputs (`outputFile` is URL-encoded). */
const manifestOutputs = (manifest: Manifest | null, outDir: URL): Set<string> => {
  const outputs = new Set<string>();
  for (const route of Object.values(manifest?.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths)) {
      outputs.add(fileURLToPath(new URL(outputFile, outDir)));
    }
  }
  return outputs;
};

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

/** A native recursive copy: far faster than a copy per file from Node. Plain copies, no links. */
const copyTree = (from: string, to: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('cp', ['-R', `${from}${path.sep}.`, to], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`cp exited with ${String(code)}: ${stderr.trim()}`)),
    );
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
  /** Copied directories, deepest first. */
  dirs: string[];
};

/** Copies the cached pages into outDir and records what it copied. */
const restore = async (cachedOutput: string, outDir: string): Promise<Restored> => {
  const files = new Map<string, string | null>();
  const dirs: string[] = [];
  if (!existsSync(cachedOutput)) return { files, dirs };
  for (const entry of readdirSync(cachedOutput, { recursive: true, withFileTypes: true })) {
    const target = path.join(outDir, path.relative(cachedOutput, path.join(entry.parentPath, entry.name)));
    if (entry.isDirectory()) dirs.push(target);
    else files.set(target, null);
  }
  mkdirSync(outDir, { recursive: true });
  await copyTree(cachedOutput, outDir);
  for (const file of files.keys()) files.set(file, fingerprint(file));
  dirs.sort((a, b) => b.split(path.sep).length - a.split(path.sep).length);
  return { files, dirs };
};

/** Deletes the copies nobody kept or wrote again, then the copied directories left empty. */
const prune = (restored: Restored, kept: ReadonlySet<string>): { files: number; dirs: number } => {
  let files = 0;
  for (const [file, copied] of restored.files) {
    if (kept.has(file) || copied === null || fingerprint(file) !== copied) continue;
    rmSync(file, { force: true });
    files++;
  }
  let dirs = 0;
  for (const dir of restored.dirs) {
    try {
      rmdirSync(dir);
      dirs++;
    } catch {
      // not empty (or gone): kept
    }
  }
  return { files, dirs };
};

const since = (start: number): string => `${Math.round(performance.now() - start)} ms`;

/**
 * Written by `prepareIncrementalOutput` into a folder it filled ahead of the next build: which
 * manifest the copy came from, and what it copied (relative paths, fingerprints).
 */
const PREPARED_MARKER = '.incremental-prepared.json';
type PreparedMarker = { manifest: string; files: Array<[string, string | null]>; dirs: string[] };

const manifestDigest = (cacheDir: URL): string | null => {
  try {
    return createHash('sha256')
      .update(readFileSync(new URL(MANIFEST_FILE, cacheDir)))
      .digest('hex');
  } catch {
    return null;
  }
};

/**
 * Fills `outDir` with the cached pages before the next build is asked for (the rebuild service's
 * warm worker calls this while idle, into a folder the next build is then renamed from), so the
 * copy is off the publish's critical path. The next build keeps it only if Astro's manifest is
 * still the one it was copied from; otherwise it empties the folder and copies again.
 */
export const prepareIncrementalOutput = async (cacheDir: string, outDir: string): Promise<number> => {
  const cacheUrl = pathToFileURL(`${path.resolve(cacheDir)}${path.sep}`);
  emptyDir(outDir);
  mkdirSync(outDir, { recursive: true });
  const manifest = readManifest(cacheUrl) ? manifestDigest(cacheUrl) : null;
  if (manifest === null) return 0;
  const restored = await restore(fileURLToPath(new URL(CACHED_OUTPUT_DIR, cacheUrl)), outDir);
  const marker: PreparedMarker = {
    manifest,
    files: [...restored.files].map(([file, print]) => [path.relative(outDir, file), print]),
    dirs: restored.dirs.map((dir) => path.relative(outDir, dir)),
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
  if (marker.manifest !== manifestDigest(cacheDir)) return null;
  return {
    files: new Map(marker.files.map(([file, print]) => [path.join(outDir, file), print])),
    dirs: marker.dirs.map((dir) => path.join(outDir, dir)),
  };
};

export const incrementalOutput = (): AstroIntegration => {
  let enabled = false;
  let outDir = new URL('file:///');
  let cacheDir = new URL('file:///');
  let restored: Restored | null = null;
  return {
    name: 'incremental-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        enabled = config.experimental.incrementalBuild === true;
        outDir = config.outDir;
        cacheDir = config.cacheDir;
        restored = null;
      },
      'astro:build:start': async ({ logger }) => {
        const prepared = enabled ? takePrepared(fileURLToPath(outDir), cacheDir) : null;
        if (prepared) {
          restored = prepared;
          logger.info(`kept ${prepared.files.size} cached page file(s) copied before the build`);
          return;
        }
        emptyDir(fileURLToPath(outDir));
        // `astro build --force` renders every page again: copying them first would be wasted.
        if (!enabled || process.argv.includes('--force') || !readManifest(cacheDir)) return;
        const start = performance.now();
        restored = await restore(fileURLToPath(new URL(CACHED_OUTPUT_DIR, cacheDir)), fileURLToPath(outDir));
        logger.info(`copied ${restored.files.size} cached page file(s) into the output in ${since(start)}`);
      },
      // Astro writes its new manifest at the end of page generation, before this hook.
      'astro:build:done': ({ logger }) => {
        if (!restored) return;
        const start = performance.now();
        const pruned = prune(restored, manifestOutputs(readManifest(cacheDir), outDir));
        restored = null;
        logger.info(
          `pruned ${pruned.files} stale page file(s) and ${pruned.dirs} empty folder(s) in ${since(start)}`,
        );
      },
    },
  };
};
