/**
 * The seed's memory: every entry and file it has ever created, by seed key, kept in Strapi's
 * core store. A key found here is never touched again, even if an editor has since changed or
 * deleted what it created: that is what makes re-running the seed safe.
 */
import type { Core } from '@strapi/strapi';

export type LedgerEntry = { documentId?: string; fileId?: number; seededAt: string };
export type LedgerRecord = Record<string, LedgerEntry>;

/** The slice of Strapi's scoped core store the ledger uses (also easy to fake in unit tests). */
export type KeyValueStore = {
  get: (params: { key: string }) => Promise<unknown>;
  set: (params: { key: string; value: unknown }) => Promise<unknown>;
};

export const LEDGER_STORE = { type: 'core', name: 'demo-seed' } as const;
const LEDGER_KEY = 'ledger';

export type Ledger = {
  get: (key: string) => LedgerEntry | undefined;
  has: (key: string) => boolean;
  /** Records a key in memory; `save` writes it (in the same transaction as the content). */
  record: (key: string, entry: Omit<LedgerEntry, 'seededAt'>) => void;
  /** Writes the ledger if anything was recorded since it was opened or last saved. */
  save: () => Promise<void>;
  size: () => number;
};

const isLedgerRecord = (value: unknown): value is LedgerRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const openLedger = async (
  store: KeyValueStore,
  now: () => Date = () => new Date(),
): Promise<Ledger> => {
  const saved = await store.get({ key: LEDGER_KEY });
  const entries: LedgerRecord = isLedgerRecord(saved) ? { ...saved } : {};
  let dirty = false;
  return {
    get: (key) => entries[key],
    has: (key) => key in entries,
    record: (key, entry) => {
      entries[key] = { ...entry, seededAt: now().toISOString() };
      dirty = true;
    },
    save: async () => {
      if (!dirty) return;
      await store.set({ key: LEDGER_KEY, value: entries });
      dirty = false;
    },
    size: () => Object.keys(entries).length,
  };
};

export const ledgerStoreOf = (strapi: Core.Strapi): KeyValueStore => {
  const scoped = strapi.store({ ...LEDGER_STORE });
  return { get: (params) => scoped.get(params), set: (params) => scoped.set(params) };
};
