/**
 * A minimal in-memory loader context with Astro's semantics where the loader relies on them:
 * `store.set` skips an entry whose digest is unchanged, `parseData` validates with the
 * collection's real schema, `generateDigest` hashes the data.
 */
import { createHash } from 'node:crypto';
import type { ZodType } from 'zod';
import type { SyncContext } from '../../context';

type DataEntry = NonNullable<ReturnType<SyncContext['store']['get']>>;

export type FakeContext = SyncContext & {
  entries: Map<string, DataEntry>;
  metaValues: Map<string, string>;
  logs: Array<{ level: 'info' | 'warn' | 'debug'; message: string }>;
  writes: string[];
};

export const fakeContext = (collection: string, schema: ZodType): FakeContext => {
  const entries = new Map<string, DataEntry>();
  const metaValues = new Map<string, string>();
  const logs: FakeContext['logs'] = [];
  const writes: string[] = [];
  return {
    collection,
    entries,
    metaValues,
    logs,
    writes,
    store: {
      get: (id: string) => entries.get(id) as never,
      set: (entry) => {
        const existing = entries.get(entry.id);
        if (entry.digest && existing?.digest === entry.digest) return false;
        entries.set(entry.id, entry as DataEntry);
        writes.push(entry.id);
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
    logger: {
      info: (message) => void logs.push({ level: 'info', message }),
      warn: (message) => void logs.push({ level: 'warn', message }),
      debug: (message) => void logs.push({ level: 'debug', message }),
    },
    parseData: async ({ data }) => (await schema.parseAsync(data)) as typeof data,
    generateDigest: (data) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
  };
};
