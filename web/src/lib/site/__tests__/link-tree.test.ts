import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkTree } from '../link-tree';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'link-tree-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

it('links every file of a nested tree (the same inode) and counts them', () => {
  const from = path.join(root, 'from');
  write(path.join(from, 'shards.json'), '{}');
  write(path.join(from, 'a1b2', 'fragment', 'en_1.pf_fragment'), 'fragment');
  write(path.join(from, 'a1b2', 'index', 'en_1.pf_index'), 'index');
  mkdirSync(path.join(from, 'empty'));
  const to = path.join(root, 'release', 'pagefind');

  expect(linkTree(from, to)).toBe(3);

  for (const file of ['shards.json', 'a1b2/fragment/en_1.pf_fragment', 'a1b2/index/en_1.pf_index']) {
    expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
  }
  expect(statSync(path.join(to, 'empty')).isDirectory()).toBe(true);
  expect(readFileSync(path.join(to, 'a1b2', 'index', 'en_1.pf_index'), 'utf8')).toBe('index');
});

it('refuses to link over a file that is already there, rather than change it', () => {
  const from = path.join(root, 'from');
  write(path.join(from, 'shards.json'), 'new');
  const to = path.join(root, 'to');
  write(path.join(to, 'shards.json'), 'old');
  expect(() => linkTree(from, to)).toThrow(/EEXIST/);
  expect(readFileSync(path.join(to, 'shards.json'), 'utf8')).toBe('old');
});
