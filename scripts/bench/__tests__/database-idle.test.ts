/**
 * The benchmarks' fill waits for Strapi's queued entry events before anything is measured: a
 * build started behind thousands of them once timed out on its first request. The pool here is
 * a stand-in for knex's (the real one is watched by every benchmark run).
 */
import type { Core } from '@strapi/strapi';
import { waitForIdleDatabase } from '../../../cms/tests/helpers/database-idle.ts';

/** A pool that is busy for the first `busyPolls` looks, with a gap of idle looks in between. */
const strapiWithPool = (busyAt: (poll: number) => boolean) => {
  let polls = 0;
  let lastBusyAt = Number.NaN;
  const pool = {
    numUsed: () => {
      if (!busyAt(polls++)) return 0;
      lastBusyAt = performance.now();
      return 1;
    },
    numPendingAcquires: () => 0,
    numPendingCreates: () => 0,
  };
  const strapi = { db: { connection: { client: { pool } } } } as unknown as Core.Strapi;
  return { strapi, polls: () => polls, lastBusyAt: () => lastBusyAt };
};

it('waits until the database has been idle for the whole quiet period, not for one idle look', async () => {
  // Busy, one idle moment (an event between its read and the next one), busy again, then idle.
  const { strapi, polls, lastBusyAt } = strapiWithPool((poll) => poll < 3 || (poll > 3 && poll < 8));
  const waited = await waitForIdleDatabase(strapi, { quietMs: 60, pollMs: 5 });
  const returnedAt = performance.now();
  // Past the second busy spell, and a whole quiet period after its last busy look. Counted in
  // time, not looks: under load a 5 ms timer fires later, so fewer looks fit in 60 ms.
  expect(polls()).toBeGreaterThan(8);
  expect(returnedAt - lastBusyAt()).toBeGreaterThanOrEqual(60);
  expect(waited).toBeGreaterThan(0);
});

it('gives up with a clear error when the database never goes quiet', async () => {
  const { strapi } = strapiWithPool(() => true);
  await expect(waitForIdleDatabase(strapi, { quietMs: 50, pollMs: 5, timeoutMs: 100 })).rejects.toThrow(
    /still busy after 0 s/,
  );
});

it('refuses a database it cannot watch rather than measuring a busy one', async () => {
  const strapi = { db: { connection: { client: {} } } } as unknown as Core.Strapi;
  await expect(waitForIdleDatabase(strapi)).rejects.toThrow(/no connection pool/);
});
