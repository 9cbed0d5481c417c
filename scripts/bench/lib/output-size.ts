/** Size of a built site: bytes and files, and how many of them are HTML pages. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type OutputSize = { bytes: number; files: number; htmlPages: number };

export const outputSize = (dir: string): OutputSize => {
  const size: OutputSize = { bytes: 0, files: 0, htmlPages: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    size.files += 1;
    size.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) size.htmlPages += 1;
  }
  return size;
};
