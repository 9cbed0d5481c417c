/**
 * The search index updated in place (search-index.ts), with real Pagefind: the new index goes
 * in file by file, the previous index's files stay one more round for pages that loaded it, older
 * ones go, and a release the files were hard-linked from is never changed.
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
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What updateSearchIndex returns (search-index.ts). */
type SearchIndexUpdate = { pages: number; files: number; removed: number };
// Pagefind is an ES module only, which jest cannot load: the module runs in Node itself, as the
// warm build worker runs it.
const MODULE = pathToFileURL(path.join(__dirname, '..', 'search-index.ts')).href;
const inNode = <T>(call: string): T => {
  const script = `const m = await import(${JSON.stringify(MODULE)}); console.log(JSON.stringify(await m.${call}));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as T;
};
const writeSearchIndex = async (dir: string): Promise<number> =>
  inNode<number>(`writeSearchIndex(${JSON.stringify(dir)})`);
const updateSearchIndex = async (dir: string): Promise<SearchIndexUpdate> =>
  inNode<SearchIndexUpdate>(`updateSearchIndex(${JSON.stringify(dir)})`);

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
const entry = (site: string): string =>
  readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');
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

it('updates a live index in place, keeping one previous generation and never touching linked releases', async () => {
  const first = path.join(root, 'r1');
  page(first, 'welcome', 'Legal help for young refugees');
  page(first, 'age-assessments', 'What an age assessment is');
  expect(await writeSearchIndex(first)).toBe(2);
  const firstEntry = entry(first);
  const firstFiles = files(path.join(first, 'pagefind'));

  const second = nextRelease(first, 'r2');
  page(second, 'family-reunion', 'Bringing your family to the UK');
  const update = await updateSearchIndex(second);
  expect(update.pages).toBe(3);
  expect(entry(second)).not.toBe(firstEntry);
  expect(entry(first)).toBe(firstEntry);
  expect(files(path.join(first, 'pagefind')).sort()).toEqual(firstFiles.sort());
  // Pages that loaded the first index can still fetch its files.
  for (const file of firstFiles) expect(files(path.join(second, 'pagefind'))).toContain(file);
  expect(files(second).some((name) => name.startsWith('.pagefind-next'))).toBe(false);

  const generation = (): string[] =>
    JSON.parse(readFileSync(path.join(second, 'pagefind', '.generation.json'), 'utf8')) as string[];
  const secondGeneration = generation();
  expect(secondGeneration).toContain('pagefind-entry.json');
  rmSync(path.join(second, 'welcome'), { recursive: true });
  page(second, 'leaving-care', 'Support when you leave care');
  await updateSearchIndex(second);
  const thirdGeneration = generation();
  const left = files(path.join(second, 'pagefind'));
  // Kept: this index and the one before it. Gone: the first index's own files.
  for (const file of [...thirdGeneration, ...secondGeneration]) expect(left).toContain(file);
  const onlyFirst = firstFiles.filter(
    (file) => !secondGeneration.includes(file) && !thirdGeneration.includes(file),
  );
  expect(onlyFirst.length).toBeGreaterThan(0);
  for (const file of onlyFirst) expect(left).not.toContain(file);
});
