/**
 * The search index in shards (search-index.ts), with real Pagefind: pages are split into shards,
 * each a bundle in a folder named by what it holds; a build takes unchanged shards from its cache
 * and indexes only changed ones; a live release's index is updated by adding new shard folders and
 * renaming the list of shards in last, keeping the previous list's folders one more round, and a
 * release the files were hard-linked from is never changed.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What writeSearchIndex and updateSearchIndex return (search-index.ts). */
type SearchIndexResult = { pages: number; shards: number; indexed: number; removed?: number };
type Manifest = { bundles: string[]; pages: number[]; previous: string[] };
// Pagefind is an ES module only, which jest cannot load: the module runs in Node itself, as the
// warm build worker runs it.
const MODULE = pathToFileURL(path.join(__dirname, '..', 'search-index.ts')).href;
const inNode = <T>(call: string): T => {
  const script = `const m = await import(${JSON.stringify(MODULE)}); console.log(JSON.stringify(await m.${call}));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as T;
};
/** Two pages a shard, so that five pages make three shards. */
const SMALL = { pagesPerShard: 2 };
const writeSearchIndex = (dir: string, cacheDir: string, workers?: number): SearchIndexResult =>
  inNode<SearchIndexResult>(
    `writeSearchIndex(${JSON.stringify(dir)}, ${JSON.stringify({ ...SMALL, cacheDir, workers })})`,
  );
const updateSearchIndex = (dir: string): SearchIndexResult =>
  inNode<SearchIndexResult>(`updateSearchIndex(${JSON.stringify(dir)}, ${JSON.stringify(SMALL)})`);

jest.setTimeout(60_000);

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const page = (dir: string, slug: string, text: string): void => {
  mkdirSync(path.join(dir, slug), { recursive: true });
  writeFileSync(
    path.join(dir, slug, 'index.html'),
    `<!doctype html><html lang="en"><head><title>${slug}</title></head><body><main data-pagefind-body><h1>${slug}</h1><p>${text}</p></main></body></html>`,
  );
};
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.'));
const manifest = (site: string): Manifest =>
  JSON.parse(readFileSync(path.join(site, 'pagefind', 'shards.json'), 'utf8')) as Manifest;
const folders = (site: string): string[] => manifest(site).bundles.map((b) => b.split('/').at(-2) ?? '');
const inode = (file: string): number => statSync(file).ino;
/** A new release with the old one's pages copied and its search index hard-linked, as the service does. */
const nextRelease = (from: string, name: string): string => {
  const to = path.join(root, name);
  cpSync(from, to, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
  for (const file of files(path.join(from, 'pagefind'))) {
    mkdirSync(path.dirname(path.join(to, 'pagefind', file)), { recursive: true });
    linkSync(path.join(from, 'pagefind', file), path.join(to, 'pagefind', file));
  }
  return to;
};
const FIVE: Array<[string, string]> = [
  ['welcome', 'Legal help for young refugees'],
  ['age-assessments', 'What an age assessment is'],
  ['family-reunion', 'Bringing your family to the UK'],
  ['leaving-care', 'Support when you leave care'],
  ['legal-aid', 'Getting legal aid'],
];

it("names shards by Pagefind's installed version, read the same way in every process", () => {
  const installed = (
    JSON.parse(
      readFileSync(
        path.join(__dirname, '..', '..', '..', '..', '..', 'node_modules', 'pagefind', 'package.json'),
        'utf8',
      ),
    ) as {
      version: string;
    }
  ).version;
  expect(inNode<string>('pagefindVersion()')).toBe(installed);
});

it('splits the pages into shards, each a whole Pagefind bundle, listed for the search page', () => {
  const site = path.join(root, 'site');
  for (const [slug, text] of FIVE) page(site, slug, text);
  // A page without a search body (a list page, say) is not indexed.
  mkdirSync(path.join(site, 'news', 'page', '2'), { recursive: true });
  writeFileSync(
    path.join(site, 'news', 'page', '2', 'index.html'),
    '<html lang="en"><body><main>Older news</main></body></html>',
  );
  expect(writeSearchIndex(site, path.join(root, 'cache'))).toEqual({ pages: 5, shards: 3, indexed: 3 });
  const list = manifest(site);
  expect(list.pages.reduce((a, b) => a + b, 0)).toBe(5);
  expect(list.previous).toEqual([]);
  for (const folder of folders(site)) {
    expect(files(path.join(site, 'pagefind', folder))).toContain('pagefind-entry.json');
    expect(files(path.join(site, 'pagefind', folder))).toContain('pagefind.js');
  }
  // What the search page loads from the root.
  expect(files(path.join(site, 'pagefind'))).toEqual(
    expect.arrayContaining(['pagefind-ui.js', 'pagefind-ui.css']),
  );
});

it('indexes shards in worker threads, two at once, into the same bundles as one at a time in this process', () => {
  const one = path.join(root, 'one');
  const two = path.join(root, 'two');
  for (const site of [one, two]) for (const [slug, text] of FIVE) page(site, slug, text);
  expect(writeSearchIndex(one, path.join(root, 'cache-one'))).toEqual({ pages: 5, shards: 3, indexed: 3 });
  expect(writeSearchIndex(two, path.join(root, 'cache-two'), 2)).toEqual({ pages: 5, shards: 3, indexed: 3 });
  expect(manifest(two)).toEqual(manifest(one));
  const contents = (site: string) =>
    Object.fromEntries(
      files(path.join(site, 'pagefind')).map((name) => [
        name,
        readFileSync(path.join(site, 'pagefind', name)).toString('base64'),
      ]),
    );
  expect(contents(two)).toEqual(contents(one));
  // No folder is left half-written beside the shards.
  expect(readdirSync(path.join(two, 'pagefind')).filter((name) => name.endsWith('.writing'))).toEqual([]);
});

it('indexes again only the shard whose pages changed, taking the others from the last build', () => {
  const cache = path.join(root, 'cache');
  const first = path.join(root, 'first');
  for (const [slug, text] of FIVE) page(first, slug, text);
  writeSearchIndex(first, cache);
  const before = folders(first);

  // The next build: a fresh output folder, one page edited.
  const second = path.join(root, 'second');
  for (const [slug, text] of FIVE) page(second, slug, slug === 'legal-aid' ? `${text}, edited` : text);
  expect(writeSearchIndex(second, cache)).toEqual({ pages: 5, shards: 3, indexed: 1 });
  const after = folders(second);
  expect(after.filter((folder) => !before.includes(folder))).toHaveLength(1);
  const kept = after.filter((folder) => before.includes(folder));
  expect(kept).toHaveLength(2);
  // Taken from the cache, not written again: the same files.
  for (const folder of kept) {
    const entry = path.join(folder, 'pagefind-entry.json');
    expect(inode(path.join(second, 'pagefind', entry))).toBe(inode(path.join(cache, entry)));
  }
  // The cache holds this build's shards only.
  expect(readdirSync(cache).sort()).toEqual([...after].sort());

  // Nothing changed: nothing indexed.
  const third = path.join(root, 'third');
  cpSync(second, third, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
  expect(writeSearchIndex(third, cache)).toEqual({ pages: 5, shards: 3, indexed: 0 });
});

it('updates a live index by adding shards, keeping one previous list and never touching linked releases', () => {
  const first = path.join(root, 'r1');
  for (const [slug, text] of FIVE) page(first, slug, text);
  writeSearchIndex(first, path.join(root, 'cache'));
  const firstList = readFileSync(path.join(first, 'pagefind', 'shards.json'), 'utf8');
  const firstFiles = files(path.join(first, 'pagefind'));

  const second = nextRelease(first, 'r2');
  page(second, 'school-places', 'Getting a school place');
  const update = updateSearchIndex(second);
  expect(update.pages).toBe(6);
  expect(update.indexed).toBeGreaterThan(0);
  expect(update.indexed).toBeLessThan(update.shards);
  // The release the index was linked from is as it was.
  expect(readFileSync(path.join(first, 'pagefind', 'shards.json'), 'utf8')).toBe(firstList);
  expect(files(path.join(first, 'pagefind')).sort()).toEqual(firstFiles.sort());
  // Pages that loaded the first list can still fetch its shards.
  const firstFolders = folders(first);
  expect(manifest(second).previous.sort()).toEqual(
    firstFolders.filter((f) => !folders(second).includes(f)).sort(),
  );
  for (const folder of firstFolders) expect(readdirSync(path.join(second, 'pagefind'))).toContain(folder);
  expect(readdirSync(path.join(second, 'pagefind')).some((name) => name.endsWith('.writing'))).toBe(false);

  const secondFolders = folders(second);
  rmSync(path.join(second, 'welcome'), { recursive: true });
  updateSearchIndex(second);
  const left = readdirSync(path.join(second, 'pagefind'));
  // Kept: this list's shards and the one before. Gone: shards only the first list had.
  for (const folder of [...folders(second), ...secondFolders]) expect(left).toContain(folder);
  const onlyFirst = firstFolders.filter((f) => !secondFolders.includes(f) && !folders(second).includes(f));
  expect(onlyFirst.length).toBeGreaterThan(0);
  for (const folder of onlyFirst) expect(left).not.toContain(folder);
});
