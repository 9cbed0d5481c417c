/** Counts requests still reading from each release, so pruning never deletes one under them. */
export type ReleaseUsage = {
  acquire: (id: string) => () => void;
  inUse: (id: string) => boolean;
};

export const createReleaseUsage = (): ReleaseUsage => {
  const counts = new Map<string, number>();
  return {
    acquire(id) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const left = (counts.get(id) ?? 1) - 1;
        if (left <= 0) counts.delete(id);
        else counts.set(id, left);
      };
    },
    inUse: (id) => (counts.get(id) ?? 0) > 0,
  };
};
