/**
 * Downloads CMS files into a local, content-addressed cache so the built site serves them itself
 * (the site never links to the CMS) and a file unchanged since the last build is not downloaded
 * again. The href is derived from the file's SHA-256, so a replaced file gets a new URL and old
 * URLs can be cached forever.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pruneTree } from '../../site/prune-tree';
import { FILES_URL_PREFIX, cachedFilePath, indexPath } from './paths';
import { safeExtension, safeFileName } from './safe-name';

/** The CMS media fields the cache needs. */
export type CmsFileRef = {
  url: string;
  name: string;
  ext: string | null;
  mime: string;
  hash: string;
  updatedAt: string | null;
};

export type ResourceFileFields = { href: string; sizeBytes: number; mime: string; ext: string; name: string };

type IndexRecord = { href: string; sizeBytes: number };

export type FileCache = {
  /** Makes sure the file is in the cache and returns how the site links to it. */
  materialise: (file: CmsFileRef, absoluteUrl: string) => Promise<ResourceFileFields>;
  /** Whether the cache still holds the file behind a site href. */
  has: (href: string) => boolean;
  /** Saves the index (call once the sync is done). */
  flush: () => Promise<void>;
  readonly stats: { downloaded: number; reused: number; bytesDownloaded: number };
};

const SHA_PREFIX_LENGTH = 16;

const writeAtomically = async (target: string, data: Uint8Array | string): Promise<void> => {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, target);
};

const readIndex = async (cacheDir: string): Promise<Map<string, IndexRecord>> => {
  try {
    const parsed: unknown = JSON.parse(await readFile(indexPath(cacheDir), 'utf8'));
    if (parsed && typeof parsed === 'object')
      return new Map(Object.entries(parsed as Record<string, IndexRecord>));
  } catch {
    // No index yet, or an unreadable one: start afresh (files are fetched again).
  }
  return new Map();
};

export const openFileCache = async (options: {
  cacheDir: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<FileCache> => {
  const { cacheDir, timeoutMs = 120_000 } = options;
  const fetchImpl = options.fetch ?? fetch;
  const index = await readIndex(cacheDir);
  let dirty = false;
  const stats = { downloaded: 0, reused: 0, bytesDownloaded: 0 };

  const has = (href: string) => existsSync(cachedFilePath(cacheDir, href));

  const download = async (file: CmsFileRef, absoluteUrl: string): Promise<IndexRecord> => {
    let response: Response;
    try {
      response = await fetchImpl(absoluteUrl, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      // Property access, not instanceof: fetch's errors may come from another realm.
      const { cause, message } = (error ?? {}) as { cause?: { message?: string }; message?: string };
      const reason = cause?.message ?? message ?? String(error);
      throw new Error(`Cannot download ${file.name} from ${absoluteUrl}: ${reason}`, { cause: error });
    }
    if (!response.ok)
      throw new Error(`Cannot download ${file.name} from ${absoluteUrl}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const sha = createHash('sha256').update(bytes).digest('hex');
    const href = `${FILES_URL_PREFIX}${sha.slice(0, SHA_PREFIX_LENGTH)}/${safeFileName(file.name, safeExtension(file.ext, file.name, file.mime))}`;
    if (!has(href)) await writeAtomically(cachedFilePath(cacheDir, href), bytes);
    stats.downloaded += 1;
    stats.bytesDownloaded += bytes.byteLength;
    return { href, sizeBytes: bytes.byteLength };
  };

  return {
    stats,
    has,
    materialise: async (file, absoluteUrl) => {
      const key = `${file.hash}|${file.updatedAt ?? ''}|${file.url}`;
      let record = index.get(key);
      if (record && has(record.href)) {
        stats.reused += 1;
      } else {
        record = await download(file, absoluteUrl);
        index.set(key, record);
        dirty = true;
      }
      return {
        href: record.href,
        sizeBytes: record.sizeBytes,
        mime: file.mime,
        ext: safeExtension(file.ext, file.name, file.mime),
        name: file.name,
      };
    },
    flush: async () => {
      if (!dirty) return;
      await writeAtomically(indexPath(cacheDir), JSON.stringify(Object.fromEntries(index), null, 1));
      dirty = false;
    },
  };
};

/**
 * After a build: keeps only the files the published entries link to now (`linked`, the hrefs of
 * the manifests) and forgets the CMS files behind the others, so a withdrawn or replaced file does
 * not stay on disk for ever (one published again is downloaded again). Returns the files deleted.
 */
export const pruneFileCache = async (cacheDir: string, linked: ReadonlySet<string>): Promise<number> => {
  const keep = new Set([...linked].map((href) => cachedFilePath(cacheDir, href)));
  const removed = pruneTree(cachedFilePath(cacheDir, FILES_URL_PREFIX), (file) => keep.has(file));
  const index = await readIndex(cacheDir);
  const kept = [...index].filter(([, record]) => linked.has(record.href));
  if (kept.length < index.size) {
    await writeAtomically(indexPath(cacheDir), JSON.stringify(Object.fromEntries(kept), null, 1));
  }
  return removed;
};
