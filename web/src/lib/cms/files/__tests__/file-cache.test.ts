import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFileCache, pruneFileCache, type CmsFileRef } from '../file-cache';
import { cachedFilePath, indexPath } from '../paths';

let cacheDir: string;
const served = new Map<string, string>();
const fakeFetch = (async (url: string | URL | Request) => {
  const body = served.get(String(url));
  return body === undefined ? new Response('', { status: 404 }) : new Response(body);
}) as typeof fetch;

const file = (name: string): CmsFileRef => ({
  url: `/uploads/${name}`,
  name,
  ext: '.pdf',
  mime: 'application/pdf',
  hash: name,
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const materialise = async (name: string, body: string) => {
  served.set(`https://cms.test/uploads/${name}`, body);
  const cache = await openFileCache({ cacheDir, fetch: fakeFetch });
  const fields = await cache.materialise(file(name), `https://cms.test/uploads/${name}`);
  await cache.flush();
  return { href: fields.href, downloaded: cache.stats.downloaded };
};

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'file-cache-'));
  served.clear();
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('the CMS file cache after a build', () => {
  it('keeps only the files published entries link to, and forgets the rest', async () => {
    const kept = await materialise('guide.pdf', 'a guide still published');
    const withdrawn = await materialise('withdrawn.pdf', 'the guide of a deleted resource');

    expect(await pruneFileCache(cacheDir, new Set([kept.href]))).toBe(1);

    expect(readFileSync(cachedFilePath(cacheDir, kept.href), 'utf8')).toBe('a guide still published');
    expect(existsSync(path.dirname(cachedFilePath(cacheDir, withdrawn.href)))).toBe(false);
    const index = readFileSync(indexPath(cacheDir), 'utf8');
    expect(index).toContain(kept.href);
    expect(index).not.toContain(withdrawn.href);
    // Published again, it is downloaded again rather than linked to a file no longer there.
    expect((await materialise('withdrawn.pdf', 'the guide of a deleted resource')).downloaded).toBe(1);
    expect((await materialise('guide.pdf', 'a guide still published')).downloaded).toBe(0);
  });

  it('empties the cache when no published entry links a file', async () => {
    const { href } = await materialise('guide.pdf', 'a guide');
    expect(await pruneFileCache(cacheDir, new Set())).toBe(1);
    expect(existsSync(cachedFilePath(cacheDir, href))).toBe(false);
    expect(JSON.parse(readFileSync(indexPath(cacheDir), 'utf8'))).toEqual({});
  });
});
