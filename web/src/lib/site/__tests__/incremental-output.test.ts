import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalOutput, prepareIncrementalOutput } from '../incremental-output';

type HookName = 'astro:config:done' | 'astro:build:start' | 'astro:build:done';

let dir: string;
let outDir: string;
let cacheDir: string;
let logged: string[];

const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const read = (file: string): string => readFileSync(file, 'utf8');

/** Astro's manifest (incremental-build.json) listing these output files of one route. */
const writeManifest = (outputFiles: string[]): void =>
  write(
    path.join(cacheDir, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/news/[slug].astro': {
          dependencyHash: 'd',
          paths: Object.fromEntries(outputFiles.map((f) => [`/${f}`, { cacheKey: 'k', outputFile: f }])),
        },
      },
    }),
  );
const cachePage = (rel: string, text: string): void => write(path.join(cacheDir, 'dist', rel), text);
const outFile = (rel: string): string => path.join(outDir, rel);

/** Runs one hook the way Astro does, with the parameters the integration reads. */
const runHook = async (integration: AstroIntegration, name: HookName): Promise<void> => {
  const logger = { info: (message: string) => logged.push(message) };
  const config = {
    outDir: pathToFileURL(`${outDir}/`),
    cacheDir: pathToFileURL(`${cacheDir}/`),
    experimental: { incrementalBuild: true },
  };
  const hook = integration.hooks[name] as ((params: unknown) => unknown) | undefined;
  await hook?.({ config, logger, setPrerenderer: () => undefined, dir: config.outDir });
};

/** config:done and build:start, then `generate` standing in for Astro's page generation, then build:done. */
const build = async (generate: () => unknown = () => undefined): Promise<void> => {
  const integration = incrementalOutput();
  await runHook(integration, 'astro:config:done');
  await runHook(integration, 'astro:build:start');
  await generate();
  await runHook(integration, 'astro:build:done');
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'incremental-output-'));
  outDir = path.join(dir, 'out');
  cacheDir = path.join(dir, 'cache');
  logged = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('incremental output', () => {
  it('empties the output before a build, with or without a cache', async () => {
    write(outFile('old/index.html'), 'last build');
    await build();
    expect(existsSync(outFile('old'))).toBe(false);
    expect(existsSync(outDir)).toBe(true);
  });

  it('puts the cached pages in the output before pages are generated, as plain copies', async () => {
    cachePage('news/a/index.html', 'A');
    cachePage('news/b/index.html', 'B');
    writeManifest(['news/a/index.html', 'news/b/index.html']);
    let seen: string[] = [];
    await build(() => {
      seen = [read(outFile('news/a/index.html')), read(outFile('news/b/index.html'))];
      writeFileSync(outFile('news/b/index.html'), 'B, rendered again');
    });
    expect(seen).toEqual(['A', 'B']);
    expect(read(outFile('news/b/index.html'))).toBe('B, rendered again');
    expect(read(path.join(cacheDir, 'dist', 'news/b/index.html'))).toBe('B');
    expect(logged.some((line) => line.startsWith('copied 2 cached page file(s)'))).toBe(true);
  });

  it('prunes the copies of pages the new manifest drops, and the folders they leave empty', async () => {
    cachePage('news/kept/index.html', 'kept');
    cachePage('news/gone/index.html', 'gone');
    mkdirSync(path.join(cacheDir, 'dist', 'news', 'emptied'), { recursive: true });
    writeManifest(['news/kept/index.html', 'news/gone/index.html']);
    await build(() => writeManifest(['news/kept/index.html']));
    expect(read(outFile('news/kept/index.html'))).toBe('kept');
    expect(existsSync(outFile('news/gone'))).toBe(false);
    expect(existsSync(outFile('news/emptied'))).toBe(false);
    expect(logged.some((line) => line.startsWith('pruned 1 stale page file(s) and 2 empty folder(s)'))).toBe(
      true,
    );
  });

  it('keeps a page the build wrote again even when the manifest no longer lists it', async () => {
    cachePage('news/untracked/index.html', 'cached');
    writeManifest(['news/untracked/index.html']);
    await build(async () => {
      writeManifest([]);
      // Astro renders pages seconds after the copy; a file system may keep coarse timestamps.
      await new Promise((resolve) => setTimeout(resolve, 25));
      writeFileSync(outFile('news/untracked/index.html'), 'rendered, without a cache key');
    });
    expect(read(outFile('news/untracked/index.html'))).toBe('rendered, without a cache key');
  });

  it('copies nothing without a manifest it can use', async () => {
    cachePage('news/a/index.html', 'A');
    await build();
    expect(existsSync(outFile('news'))).toBe(false);
    writeManifest(['news/a/index.html']);
    const manifest = path.join(cacheDir, 'incremental-build.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(read(manifest)), version: 2 }));
    await build();
    expect(existsSync(outFile('news'))).toBe(false);
    // Nor ahead of the next build.
    expect(await prepareIncrementalOutput(cacheDir, outDir)).toBe(0);
    rmSync(manifest);
    expect(await prepareIncrementalOutput(cacheDir, outDir)).toBe(0);
    expect(existsSync(outFile('news'))).toBe(false);
  });

  it('copies nothing for `astro build --force`, which renders every page again', async () => {
    cachePage('news/a/index.html', 'A');
    writeManifest(['news/a/index.html']);
    process.argv.push('--force');
    try {
      await build();
    } finally {
      process.argv.pop();
    }
    expect(existsSync(outFile('news'))).toBe(false);
  });

  it('keeps a folder filled before the build when the manifest is still the one it came from', async () => {
    cachePage('news/kept/index.html', 'kept');
    cachePage('news/gone/index.html', 'gone');
    writeManifest(['news/kept/index.html', 'news/gone/index.html']);
    expect(await prepareIncrementalOutput(cacheDir, outDir)).toBe(2);
    // Proof the build did not copy again: a copy would bring back the cache's text.
    writeFileSync(outFile('news/kept/index.html'), 'kept, as prepared');
    await build(() => writeManifest(['news/kept/index.html']));
    expect(logged.some((line) => line.startsWith('kept 2 cached page file(s)'))).toBe(true);
    expect(read(outFile('news/kept/index.html'))).toBe('kept, as prepared');
    // Pruning still knows what was copied; the marker never reaches the site.
    expect(existsSync(outFile('news/gone'))).toBe(false);
    expect(existsSync(outFile('.incremental-prepared.json'))).toBe(false);
  });

  it('empties a folder filled before the build and copies again when the manifest has changed', async () => {
    cachePage('news/a/index.html', 'A');
    writeManifest(['news/a/index.html']);
    await prepareIncrementalOutput(cacheDir, outDir);
    write(outFile('stray/index.html'), 'not from the cache');
    cachePage('news/a/index.html', 'A, newer');
    writeManifest(['news/a/index.html', 'news/b/index.html']);
    await build();
    expect(read(outFile('news/a/index.html'))).toBe('A, newer');
    expect(existsSync(outFile('stray'))).toBe(false);
    expect(existsSync(outFile('.incremental-prepared.json'))).toBe(false);
  });

  it("leaves Astro's cache with only this build's pages: the next copy brings back nothing stale", async () => {
    cachePage('news/kept/index.html', 'kept');
    cachePage('news/deleted/index.html', 'deleted since');
    cachePage('news/from-another-site/index.html', 'never in any manifest of this site');
    writeManifest(['news/kept/index.html', 'news/deleted/index.html']);
    await build(() => writeManifest(['news/kept/index.html']));
    expect(existsSync(path.join(cacheDir, 'dist', 'news', 'deleted'))).toBe(false);
    expect(existsSync(path.join(cacheDir, 'dist', 'news', 'from-another-site'))).toBe(false);
    expect(logged.some((line) => line.startsWith('cache: dropped 2 page(s)'))).toBe(true);

    expect(await prepareIncrementalOutput(cacheDir, outDir)).toBe(1);
    expect(read(outFile('news/kept/index.html'))).toBe('kept');
  });

  it('stops filling a folder when asked, and never marks a half-filled one as prepared', async () => {
    for (let n = 0; n < 50; n++) cachePage(`news/${n}/index.html`, String(n));
    writeManifest(Array.from({ length: 50 }, (_, n) => `news/${n}/index.html`));
    await expect(prepareIncrementalOutput(cacheDir, outDir, AbortSignal.abort())).rejects.toThrow(/stopped/);
    expect(existsSync(outFile('.incremental-prepared.json'))).toBe(false);
    // The build finds no marker: it empties the folder and copies itself.
    write(outFile('news/0/index.html'), 'half-copied');
    await build();
    expect(read(outFile('news/0/index.html'))).toBe('0');
  });
});
