/** A small pool for work that must not all run at once (search-index.ts: one Pagefind service per core). */

/**
 * Runs `task` for every item, at most `limit` at once. After a failure no new item is started;
 * the ones running are waited for (none is left half-written), then the first failure is thrown.
 */
export const eachAtMost = async <T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failures.length > 0) throw failures[0];
};
