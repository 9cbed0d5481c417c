/** Going back to the release that was live before; shared by the service and the offline CLI. */
import { activateRelease, listReleases, liveRelease } from './releases.ts';
import { type HistoryRecord, type RollbackRecord, type ServiceState } from './state.ts';

export class NoEarlierReleaseError extends Error {
  constructor() {
    super('there is no earlier release to go back to');
    this.name = 'NoEarlierReleaseError';
  }
}

export const recordHistory = (state: ServiceState, record: HistoryRecord, limit: number): void => {
  state.history = [record, ...state.history].slice(0, limit);
};

/**
 * The release to go back to: the most recent one that was live before the current one, was
 * never itself rolled back from (so a rollback after a newer build does not return to the
 * release that was rejected), and is still on disk. Without history: the newest older release.
 */
export const rollbackTarget = (dataDir: string, history: HistoryRecord[]): string | null => {
  const live = liveRelease(dataDir);
  if (live === null) return null;
  const onDisk = new Set(listReleases(dataDir));
  const rejected = new Set(
    history.flatMap((r) => (r.kind === 'rollback' && r.from !== null ? [r.from] : [])),
  );
  rejected.add(live);
  const usable = (id: string): boolean => onDisk.has(id) && !rejected.has(id);
  const wentLive = history.flatMap((r) => (r.kind === 'rollback' ? [r.to] : r.live ? [r.release] : []));
  return wentLive.find(usable) ?? [...onDisk].filter((id) => id < live && usable(id)).at(-1) ?? null;
};

/** Swaps `current` to the rollback target and records it in `state` (the caller persists). */
export const rollBack = (
  dataDir: string,
  state: ServiceState,
  at: Date,
  historyLimit: number,
): RollbackRecord => {
  const to = rollbackTarget(dataDir, state.history);
  if (to === null) throw new NoEarlierReleaseError();
  const from = liveRelease(dataDir);
  activateRelease(dataDir, to);
  const record: RollbackRecord = { kind: 'rollback', at: at.toISOString(), from, to };
  recordHistory(state, record, historyLimit);
  return record;
};
