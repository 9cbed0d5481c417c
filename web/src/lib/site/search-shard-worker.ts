/**
 * A worker thread that indexes one shard (search-shard.ts) with a Pagefind service of its own:
 * search-index.ts runs several at once when asked to, so that shards are indexed on several cores.
 * Its error, if any, reaches the parent as the worker's error.
 */
import { workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexShard, type ShardPage } from './search-shard.ts';

const { pages, outputDir } = workerData as { pages: ShardPage[]; outputDir: string };
try {
  await indexShard(pages, outputDir);
} finally {
  await pagefind.close();
}
