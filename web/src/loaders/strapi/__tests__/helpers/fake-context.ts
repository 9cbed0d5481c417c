/**
 * A minimal in-memory loader context (memory-context.ts) that also records what the sync logged
 * and which entries it wrote.
 */
import type { ZodType } from 'zod';
import type { SyncContext } from '../../context';
import { memoryContext, type MemoryContext } from '../../memory-context';

export type FakeContext = MemoryContext & {
  logs: Array<{ level: 'info' | 'warn' | 'debug'; message: string }>;
  writes: string[];
};

export const fakeContext = (collection: string, schema: ZodType): FakeContext => {
  const logs: FakeContext['logs'] = [];
  const writes: string[] = [];
  const logger: SyncContext['logger'] = {
    info: (message) => void logs.push({ level: 'info', message }),
    warn: (message) => void logs.push({ level: 'warn', message }),
    debug: (message) => void logs.push({ level: 'debug', message }),
  };
  const context = memoryContext(collection, schema, logger);
  const set = context.store.set;
  return {
    ...context,
    logs,
    writes,
    store: {
      ...context.store,
      set: (entry) => {
        const written = set(entry);
        if (written) writes.push(entry.id);
        return written;
      },
    },
  };
};
