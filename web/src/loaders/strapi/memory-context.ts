/**
 * A loader context held in memory, with Astro's semantics where the sync relies on them:
 * `store.set` skips an entry whose digest is unchanged (and says so), `parseData` validates with
 * the collection's schema, `generateDigest` hashes the data. The draft preview keeps the published
 * site in these between previews; the loader's tests drive the sync with them.
 */
import { createHash } from 'node:crypto';
import type { ZodType } from 'zod';
import type { SyncContext } from './context';

export type StoredEntry = NonNullable<ReturnType<SyncContext['store']['get']>>;

export type MemoryContext = SyncContext & {
  entries: Map<string, StoredEntry>;
  metaValues: Map<string, string>;
};

export const memoryContext = (
  collection: string,
  schema: ZodType,
  logger: SyncContext['logger'],
): MemoryContext => {
  const entries = new Map<string, StoredEntry>();
  const metaValues = new Map<string, string>();
  return {
    collection,
    entries,
    metaValues,
    logger,
    store: {
      get: (id: string) => entries.get(id) as never,
      set: (entry) => {
        const existing = entries.get(entry.id);
        if (entry.digest && existing?.digest === entry.digest) return false;
        entries.set(entry.id, entry as StoredEntry);
        return true;
      },
      delete: (id) => void entries.delete(id),
      values: () => [...entries.values()],
      keys: () => [...entries.keys()],
      clear: () => entries.clear(),
    },
    meta: {
      get: (key) => metaValues.get(key),
      set: (key, value) => void metaValues.set(key, value),
      has: (key) => metaValues.has(key),
      delete: (key) => void metaValues.delete(key),
    },
    parseData: async ({ data }) => (await schema.parseAsync(data)) as typeof data,
    generateDigest: (data) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
  };
};
