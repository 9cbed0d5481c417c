/**
 * Shares one sync round (sync-round.ts) between the loaders of one build. Astro runs every
 * collection's loader at once, in one process, and hands each the same `config` object for that
 * build. A long-lived build worker runs build after build in one process, and `astro dev` syncs
 * again with the same config, so a round is shared only by loaders running at the same time for
 * the same build and the same CMS: it is forgotten when the last of them finishes, and any later
 * sync reads the CMS afresh. A stale index can never be reused.
 */
import type { SyncRound } from './sync-round';

type OpenRound = { round: SyncRound; running: number };

export type SharedRounds = {
  /** Runs `work` with the round open for this build and CMS, or a new one from `start`. */
  run: <T>(
    build: object,
    cms: string,
    start: () => SyncRound,
    work: (round: SyncRound) => Promise<T>,
  ) => Promise<T>;
};

export const createSharedRounds = (): SharedRounds => {
  const open = new WeakMap<object, Map<string, OpenRound>>();
  return {
    run: async (build, cms, start, work) => {
      const rounds = open.get(build) ?? new Map<string, OpenRound>();
      open.set(build, rounds);
      const shared = rounds.get(cms) ?? { round: start(), running: 0 };
      rounds.set(cms, shared);
      shared.running += 1;
      try {
        return await work(shared.round);
      } finally {
        shared.running -= 1;
        if (shared.running === 0 && rounds.get(cms) === shared) rounds.delete(cms);
      }
    },
  };
};
