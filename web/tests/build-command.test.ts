/**
 * The site's build command (src/build/cli.mjs, `npm run build`): Astro builds, and only once its
 * process has exited is the search index written, by the command itself. Built here from a
 * one-page site of its own (no CMS), so what is proven is the command, not the site.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCommandOf, WEB_DIR } from './support/isolated-web-root';

jest.setTimeout(120_000);

const TMP_DIR = path.join(WEB_DIR, 'tests', '.tmp');
const COMMAND = buildCommandOf(WEB_DIR);

/** A site of one searchable page that says how many malloc arenas the process that built it had. */
const makeSite = (name: string, config: string): string => {
  const root = path.join(TMP_DIR, `${name}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: `${name}-site`, type: 'module' }));
  writeFileSync(path.join(root, 'astro.config.mjs'), config);
  writeFileSync(
    path.join(root, 'src', 'pages', 'index.astro'),
    `<html lang="en"><head><title>Sanctuary guide</title></head><body><main data-pagefind-body>
<h1>Sanctuary guide</h1><p id="arenas">{process.env.MALLOC_ARENA_MAX}</p>
</main></body></html>`,
  );
  return root;
};

const run = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; log: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [COMMAND, ...args], {
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, log }));
  });

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

it('builds with Astro, then writes the search index once Astro has exited, with at most two malloc arenas', async () => {
  const root = makeSite('build-command', 'export default {};\n');
  roots.push(root);
  const { code, log } = await run(['--root', root, `--outDir=${path.join(root, 'out')}`]);
  expect({ code, log }).toMatchObject({ code: 0 });
  const html = readFileSync(path.join(root, 'out', 'index.html'), 'utf8');
  expect(html).toContain('<p id="arenas">2</p>');
  // The index, of the one page, after Astro's last word.
  const indexed = log.indexOf('[search-index] search index: 1 pages in 1 shard(s), 1 indexed again');
  expect(indexed).toBeGreaterThan(log.lastIndexOf('Complete!'));
  expect(log.lastIndexOf('Complete!')).toBeGreaterThan(-1);
  expect(existsSync(path.join(root, 'out', 'pagefind', 'shards.json'))).toBe(true);
  // Its shards kept in the site's Astro cache, for the next build to take again.
  expect(existsSync(path.join(root, 'node_modules', '.astro', 'search-index'))).toBe(true);

  // The same page again: its shard is taken from the cache as it was.
  const again = await run(['--root', root, '--outDir', path.join(root, 'out')]);
  expect(again.code).toBe(0);
  expect(again.log).toContain('search index: 1 pages in 1 shard(s), 0 indexed again');

  // A setting of the caller's own is kept.
  const own = await run(['--root', root, '--outDir', path.join(root, 'out')], { MALLOC_ARENA_MAX: '4' });
  expect(own.code).toBe(0);
  expect(readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toContain('<p id="arenas">4</p>');
});

it('indexes changed shards two at once, each with a Pagefind of its own, and refuses a worker count that is not a whole number', async () => {
  const root = makeSite('build-command-shards', 'export default {};\n');
  roots.push(root);
  for (const slug of ['age-assessments', 'family-reunion', 'leaving-care']) {
    writeFileSync(
      path.join(root, 'src', 'pages', `${slug}.astro`),
      `<html lang="en"><head><title>${slug}</title></head><body><main data-pagefind-body><h1>${slug}</h1></main></body></html>`,
    );
  }
  const out = path.join(root, 'out');
  const { code, log } = await run(['--root', root, '--outDir', out], {
    SEARCH_PAGES_PER_SHARD: '1',
    SEARCH_INDEX_WORKERS: '2',
  });
  expect({ code, log }).toMatchObject({ code: 0 });
  // Pages go to shards by a hash of their address: four pages, two to four shards.
  const line =
    /search index: 4 pages in (\d) shard\(s\), (\d) indexed again, the rest unchanged \(2 shards at once\)/.exec(
      log,
    );
  expect(line).not.toBeNull();
  const shards = Number(line?.[1]);
  expect(shards).toBeGreaterThanOrEqual(2);
  expect(Number(line?.[2])).toBe(shards);
  const { bundles } = JSON.parse(readFileSync(path.join(out, 'pagefind', 'shards.json'), 'utf8')) as {
    bundles: string[];
  };
  expect(bundles).toHaveLength(shards);
  for (const bundle of bundles) expect(existsSync(path.join(out, bundle, 'pagefind-entry.json'))).toBe(true);

  // Refused with its name, and no index written. (The site's own config reads the same settings
  // before Astro builds anything; this one-page site's config does not.)
  const bad = await run(['--root', root, '--outDir', path.join(root, 'out-bad')], {
    SEARCH_INDEX_WORKERS: 'two',
  });
  expect(bad.code).not.toBe(0);
  expect(bad.log).toContain('SEARCH_INDEX_WORKERS must be a whole number, 1 or more');
  expect(existsSync(path.join(root, 'out-bad', 'pagefind'))).toBe(false);
});

it('stops at a failed Astro build: its exit code, and no search index', async () => {
  const root = makeSite('build-command-broken', "throw new Error('the config is broken');\n");
  roots.push(root);
  const { code, log } = await run(['--root', root, '--outDir', path.join(root, 'out')]);
  expect(code).not.toBe(0);
  expect(log).toContain('the config is broken');
  expect(log).not.toContain('[search-index]');
  expect(existsSync(path.join(root, 'out', 'pagefind'))).toBe(false);
});
