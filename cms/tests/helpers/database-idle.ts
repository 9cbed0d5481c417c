/**
 * Waits until the CMS's database has nothing left to do. Strapi emits an event for every entry
 * the document service creates or publishes, after the transaction commits and without awaiting
 * it: each reads the whole entry again, deep-populated, for the event's payload. A fill of 12,000
 * entries leaves thousands of those reads queued behind the database's connection, and a build
 * started then waited behind them (the site build benchmark's first sync index took 9 s where it
 * takes 0.4 s, and once passed the loader's 30 s request timeout). A measured build starts on a
 * CMS that is as quiet as an editor's. The tests' CMS (strapi.ts) waits for it before it stops,
 * so that no entry event's read is cut off by the shutdown.
 */
import type { Core } from '@strapi/strapi';

/** The parts of knex's connection pool (tarn) this reads. */
type Pool = { numUsed: () => number; numPendingAcquires: () => number; numPendingCreates: () => number };

const poolOf = (strapi: Core.Strapi): Pool => {
  const connection = strapi.db.connection as unknown as { client: { pool?: Pool } };
  const pool = connection.client.pool;
  if (!pool) throw new Error("the CMS's database has no connection pool to watch");
  return pool;
};

const busy = (pool: Pool): boolean =>
  pool.numUsed() > 0 || pool.numPendingAcquires() > 0 || pool.numPendingCreates() > 0;

/**
 * Resolves once the pool has been idle for `quietMs` in a row (events chain a read, a sanitise
 * and the event hub, so one idle moment is not enough); returns how long that took.
 */
export const waitForIdleDatabase = async (
  strapi: Core.Strapi,
  options: { quietMs?: number; pollMs?: number; timeoutMs?: number } = {},
): Promise<number> => {
  const { quietMs = 500, pollMs = 25, timeoutMs = 15 * 60_000 } = options;
  const pool = poolOf(strapi);
  const started = performance.now();
  let quietSince = started;
  for (;;) {
    const now = performance.now();
    if (busy(pool)) quietSince = now;
    else if (now - quietSince >= quietMs) return now - started - quietMs;
    if (now - started > timeoutMs) {
      throw new Error(`the CMS's database was still busy after ${Math.round(timeoutMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
};
