/**
 * The real warm build worker (Astro loaded, the site's own incremental-output module) fills the
 * next build's folder from Astro's cache, and stops at once when asked: the copy is killed and the
 * folder never gets the marker that would make a build take it for a prepared one.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createIsolatedWebRoot, type WebRoot } from '../../../web/tests/support/isolated-web-root.ts';
import { createMemoryLogger } from '../logger.ts';
import { createWarmBuilder, type WarmBuilder } from '../warm-build/warm-builder.ts';

jest.setTimeout(120_000);

const PAGES = 10_000;
const MARKER = '.incremental-prepared.json';

let root: WebRoot;
let warm: WarmBuilder;
let outDir: string;

beforeAll(() => {
  root = createIsolatedWebRoot('warm-prepare-');
  // Astro's cache as a build leaves it (astro-internals.ts): a manifest and the cached pages.
  const cacheDir = path.join(root.dir, 'node_modules', '.astro');
  const outputs: string[] = [];
  for (let n = 0; n < PAGES; n++) {
    const rel = `news/page-${n}/index.html`;
    mkdirSync(path.join(cacheDir, 'dist', path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(cacheDir, 'dist', rel), `<p>${n}</p>`);
    outputs.push(rel);
  }
  writeFileSync(
    path.join(cacheDir, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/news/[slug].astro': {
          paths: Object.fromEntries(outputs.map((f) => [`/${f}`, { cacheKey: 'k', outputFile: f }])),
        },
      },
    }),
  );
  outDir = path.join(root.dir, 'prepared');
  warm = createWarmBuilder({
    webRoot: root.dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    logger: createMemoryLogger(),
  });
});

afterAll(async () => {
  await warm?.close();
  root?.remove();
});

it('fills the folder from the cache, marked as prepared', async () => {
  const result = await warm.prepareNextBuild(outDir, new AbortController().signal);
  expect(result).toEqual({ ok: true });
  expect(existsSync(path.join(outDir, 'news', `page-${PAGES - 1}`, 'index.html'))).toBe(true);
  expect(existsSync(path.join(outDir, MARKER))).toBe(true);
});

it('stops filling the folder when a build is about to start, without marking it', async () => {
  rmSync(outDir, { recursive: true, force: true });
  const controller = new AbortController();
  const preparing = warm.prepareNextBuild(outDir, controller.signal);
  // The copy is under way (the worker is warm from the first test).
  while (!existsSync(path.join(outDir, 'news'))) await new Promise((r) => setTimeout(r, 5));
  const stoppedAt = performance.now();
  controller.abort();

  expect(await preparing).toEqual({ ok: false, error: 'stopped: a build started' });
  expect(performance.now() - stoppedAt).toBeLessThan(1000);
  expect(existsSync(path.join(outDir, MARKER))).toBe(false);
});
