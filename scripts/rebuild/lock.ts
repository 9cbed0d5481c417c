/**
 * One process at a time owns a data dir (the service, or the CLI building without it), so two
 * writers never race on state.json or the `current` symlink. The lock file holds the owner's
 * pid; a lock whose process is gone is stale and taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  readonly pid: number;
  constructor(dataDir: string, pid: number) {
    super(`${dataDir} is in use by process ${pid} (is the rebuild service running?)`);
    this.name = 'DataDirLockedError';
    this.pid = pid;
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export type DataDirLock = { release: () => void };

/** Lock files this process holds: a file with our pid that is not here was left by an earlier
 * run that had the same pid (common in containers, where the service is often pid 1). */
const heldHere = new Set<string>();

export const lockDataDir = (dataDir: string): DataDirLock => {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'rebuild.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      heldHere.add(file);
      return {
        release: () => {
          if (!heldHere.delete(file)) return;
          rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      const ours = pid === process.pid && !heldHere.has(file);
      if (Number.isInteger(pid) && pid > 0 && !ours && isAlive(pid))
        throw new DataDirLockedError(dataDir, pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dataDir}`);
};
