/**
 * One shard of the search index written by Pagefind (search-index.ts): its pages indexed and the
 * bundle written into a folder. Pagefind's service, which the caller starts and closes, works one
 * message at a time, so shards indexed at once need a service each (search-shard-worker.ts).
 */
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

export type ShardPage = { url: string; file: string };

export const indexShard = async (pages: readonly ShardPage[], outputDir: string): Promise<void> => {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
};
