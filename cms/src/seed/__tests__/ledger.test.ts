import { openLedger, type KeyValueStore } from '../ledger';

const memoryStore = (initial?: unknown) => {
  let value = initial;
  const writes: unknown[] = [];
  const store: KeyValueStore = {
    get: async () => value ?? null,
    set: async ({ value: next }) => {
      value = JSON.parse(JSON.stringify(next));
      writes.push(value);
    },
  };
  return { store, writes, current: () => value };
};

const fixedNow = () => new Date('2026-01-02T03:04:05Z');

describe('seed ledger', () => {
  it('starts empty when nothing was stored, or something unexpected was', async () => {
    expect((await openLedger(memoryStore().store)).size()).toBe(0);
    expect((await openLedger(memoryStore(['not', 'a', 'record']).store)).size()).toBe(0);
  });

  it('remembers recorded keys and writes them only on save', async () => {
    const memory = memoryStore();
    const ledger = await openLedger(memory.store, fixedNow);
    ledger.record('article:en:hello', { documentId: 'abc' });
    expect(ledger.has('article:en:hello')).toBe(true);
    expect(memory.writes).toHaveLength(0);
    await ledger.save();
    expect(memory.current()).toEqual({
      'article:en:hello': { documentId: 'abc', seededAt: '2026-01-02T03:04:05.000Z' },
    });
  });

  it('does not write when nothing new was recorded (a re-run changes nothing)', async () => {
    const memory = memoryStore({ 'upload:image:x': { fileId: 7, seededAt: '2025-01-01T00:00:00.000Z' } });
    const ledger = await openLedger(memory.store);
    expect(ledger.get('upload:image:x')?.fileId).toBe(7);
    await ledger.save();
    expect(memory.writes).toHaveLength(0);
  });

  it('keeps earlier keys when new ones are added', async () => {
    const memory = memoryStore({
      'topic:en:asylum': { documentId: 'd1', seededAt: '2025-01-01T00:00:00.000Z' },
    });
    const ledger = await openLedger(memory.store, fixedNow);
    ledger.record('topic:ar:asylum', { documentId: 'd1' });
    await ledger.save();
    expect(Object.keys(memory.current() as object).sort()).toEqual(['topic:ar:asylum', 'topic:en:asylum']);
  });
});
