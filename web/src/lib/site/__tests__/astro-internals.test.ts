import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  incrementalSupport,
  installedAstroVersion,
  isKnownAstroVersion,
  pruneAstroCache,
  WRITTEN_FOR,
} from '../astro-internals';

let dir: string;
let cacheDir: string;
let outDir: string;

const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const url = (folder: string): URL => pathToFileURL(`${folder}/`);
const cached = (rel: string): string => path.join(cacheDir, 'dist', rel);
const image = (name: string): string => path.join(cacheDir, 'assets', name);
const prune = () => pruneAstroCache(url(cacheDir), url(outDir));

/** Astro's manifest listing these output files (as Astro writes them: URL-encoded). */
const writeManifest = (outputFiles: string[], version: number = WRITTEN_FOR.manifestVersion): void =>
  write(
    path.join(cacheDir, 'incremental-build.json'),
    JSON.stringify({
      version,
      configHash: 'this-site',
      routes: {
        'src/pages/news/[slug].astro': {
          dependencyHash: 'd',
          paths: Object.fromEntries(outputFiles.map((f) => [`/${f}`, { cacheKey: 'k', outputFile: f }])),
        },
      },
    }),
  );

/** Every file left in a folder, relative, sorted. */
const filesIn = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .sort()
    : [];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'astro-cache-'));
  cacheDir = path.join(dir, 'cache');
  outDir = path.join(dir, 'out');
  mkdirSync(outDir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("Astro's build cache after a build", () => {
  it('keeps only the cached pages this build listed, whatever put the others there', () => {
    write(cached('news/kept/index.html'), 'kept');
    write(cached('ar/news/مقال/index.html'), 'kept: Astro lists it URL-encoded');
    // Deleted since, and pages of another site or CMS that Astro never prunes (its manifest of
    // that build was thrown away when the config changed): none of them is in this manifest.
    write(cached('news/deleted/index.html'), 'deleted article');
    write(cached('news/bench-update-00001/index.html'), 'a benchmark page');
    mkdirSync(cached('news/emptied'), { recursive: true });
    writeManifest(['news/kept/index.html', `ar/news/${encodeURIComponent('مقال')}/index.html`]);

    expect(prune().pages).toBe(2);

    expect(filesIn(path.join(cacheDir, 'dist'))).toEqual(['ar/news/مقال/index.html', 'news/kept/index.html']);
    expect(readFileSync(cached('news/kept/index.html'), 'utf8')).toBe('kept');
    for (const gone of ['news/deleted', 'news/bench-update-00001', 'news/emptied']) {
      expect(existsSync(cached(gone))).toBe(false);
    }
  });

  it('deletes no cached page without a manifest it can read', () => {
    write(cached('news/a/index.html'), 'A');
    expect(prune().pages).toBe(0);
    writeManifest([], WRITTEN_FOR.manifestVersion + 1);
    expect(prune().pages).toBe(0);
    expect(filesIn(path.join(cacheDir, 'dist'))).toEqual(['news/a/index.html']);
  });

  it('keeps only the optimised images this build wrote, each with its metadata', () => {
    write(path.join(outDir, '_astro', 'cover_abc123.webp'), 'in use');
    write(image('cover_abc123.webp'), 'in use');
    write(image('cover_abc123.webp.json'), '{"expires":1}');
    // The portrait of a deleted tribute, and an image a build for another CMS made.
    write(image('portrait_def456.webp'), 'nobody uses this');
    write(image('portrait_def456.webp.json'), '{"expires":1}');
    write(image('bench_cover_0a0a0a.avif'), 'nobody uses this');
    writeManifest([]);

    expect(prune().images).toBe(3);

    expect(filesIn(path.join(cacheDir, 'assets'))).toEqual(['cover_abc123.webp', 'cover_abc123.webp.json']);
  });
});

describe('the Astro versions this module knows', () => {
  it('is the 7.3 release line, which is the one installed', () => {
    expect(isKnownAstroVersion('7.3.5')).toBe(true);
    expect(isKnownAstroVersion('7.3.12')).toBe(true);
    expect(isKnownAstroVersion('7.4.0')).toBe(false);
    expect(isKnownAstroVersion('8.3.0')).toBe(false);
    expect(isKnownAstroVersion('17.3.0')).toBe(false);
    expect(isKnownAstroVersion(installedAstroVersion())).toBe(true);
  });
});

describe("whether a build may use Astro's internals (otherwise a plain full build)", () => {
  it('yes with the installed Astro and no manifest yet, or a manifest of the known version', () => {
    expect(incrementalSupport(cacheDir)).toEqual({ incremental: true });
    writeManifest(['news/a/index.html']);
    expect(incrementalSupport(cacheDir)).toEqual({ incremental: true });
  });

  it('no with a manifest of another version, or one that cannot be read', () => {
    writeManifest(['news/a/index.html'], WRITTEN_FOR.manifestVersion + 1);
    expect(incrementalSupport(cacheDir)).toMatchObject({
      incremental: false,
      reason: expect.stringContaining(`version ${WRITTEN_FOR.manifestVersion + 1}`),
    });
    write(path.join(cacheDir, 'incremental-build.json'), 'not a manifest');
    expect(incrementalSupport(cacheDir)).toMatchObject({
      incremental: false,
      reason: "Astro's incremental-build.json cannot be read",
    });
  });

  it('reads the version from the start of the file, and the whole file when it does not start with it', () => {
    // Another key first: the whole file is read, and its version still counts.
    write(
      path.join(cacheDir, 'incremental-build.json'),
      JSON.stringify({ configHash: 'x', version: WRITTEN_FOR.manifestVersion + 1, routes: {} }),
    );
    expect(incrementalSupport(cacheDir)).toMatchObject({
      incremental: false,
      reason: expect.stringContaining(`version ${WRITTEN_FOR.manifestVersion + 1}`),
    });
    // As Astro writes it (tab-indented, version first), with more after the first bytes.
    write(
      path.join(cacheDir, 'incremental-build.json'),
      JSON.stringify(
        { version: WRITTEN_FOR.manifestVersion + 1, routes: { long: 'x'.repeat(5000) } },
        null,
        '\t',
      ),
    );
    expect(incrementalSupport(cacheDir)).toMatchObject({ incremental: false });
    // Cut short after its version: Astro's own build finds it unreadable, renders every page and
    // writes a new one, so nothing stale is kept and the next build is incremental again.
    write(
      path.join(cacheDir, 'incremental-build.json'),
      `{\n\t"version": ${WRITTEN_FOR.manifestVersion},\n\t"rou`,
    );
    expect(incrementalSupport(cacheDir)).toEqual({ incremental: true });
  });

  it('no with another Astro release line, whatever the manifest says', () => {
    writeManifest(['news/a/index.html']);
    expect(incrementalSupport(cacheDir, '7.4.0')).toEqual({
      incremental: false,
      reason: `Astro 7.4.0 is installed; the incremental build was written for Astro ${WRITTEN_FOR.astro}`,
    });
    expect(incrementalSupport(cacheDir, '8.0.0')).toMatchObject({ incremental: false });
  });
});
