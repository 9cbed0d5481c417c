/**
 * Reading a built site the way a visitor's browser would see it: every file by its URL path,
 * and the text of every file, including Pagefind's gzip-compressed index and fragments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export type OutputFile = {
  /** Path relative to the site root, with forward slashes: `news/index.html`. */
  rel: string;
  abs: string;
};

export const listOutputFiles = (root: string): OutputFile[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const abs = path.join(entry.parentPath, entry.name);
      return { abs, rel: path.relative(root, abs).split(path.sep).join('/') };
    })
    .sort((a, b) => a.rel.localeCompare(b.rel));

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The bytes as the site's own code reads them: Pagefind's files are gzip inside. */
export const readDecoded = (file: OutputFile): Buffer => {
  const bytes = readFileSync(file.abs);
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) return gunzipSync(bytes);
  return bytes;
};

/** Text formats a browser parses; everything else (images, PDFs, wasm) is binary. */
const TEXT_EXTENSIONS = new Set([
  '.html',
  '.xml',
  '.txt',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.webmanifest',
]);

export const isTextFile = (file: OutputFile): boolean => TEXT_EXTENSIONS.has(path.extname(file.rel));

export const readText = (file: OutputFile): string => readFileSync(file.abs, 'utf8');

/** The file a site URL path is served from: `/news/` -> `news/index.html`; null if none. */
export const fileForUrlPath = (files: ReadonlySet<string>, urlPath: string): string | null => {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
};
