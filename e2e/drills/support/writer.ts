/**
 * An editor who never stops saving: one write after another (each waits for the previous
 * answer), through whatever happens to the database, every result kept.
 */
import { randomBytes } from 'node:crypto';
import { createTerm, type WriteResult } from './admin-writes';
import { sleep } from '../../support/wait';

export type Writer = {
  writes: WriteResult[];
  /** Resolves once the write in flight (if any) has its answer and no new one will start. */
  pause: () => Promise<void>;
  resume: () => void;
  stop: () => Promise<WriteResult[]>;
};

export const startWriter = (cmsUrl: string, token: string, gapMs = 100): Writer => {
  const runId = randomBytes(3).toString('hex');
  const writes: WriteResult[] = [];
  let running = true;
  let paused = false;
  const pauseWaiters: Array<() => void> = [];
  const loop = (async () => {
    for (let n = 1; running; n += 1) {
      while (paused && running) {
        for (const resolve of pauseWaiters.splice(0)) resolve();
        await sleep(20);
      }
      if (!running) break;
      writes.push(await createTerm(cmsUrl, token, n, runId));
      await sleep(gapMs);
    }
  })();
  return {
    writes,
    pause: () =>
      new Promise((resolve) => {
        paused = true;
        pauseWaiters.push(resolve);
      }),
    resume: () => {
      paused = false;
    },
    stop: async () => {
      running = false;
      await loop;
      return writes;
    },
  };
};
