/**
 * Drill: PostgreSQL restarts while the CMS runs.
 *
 * A private PostgreSQL cluster (port 1725) and the CMS as a child process on it (port 1726), with
 * an editor saving new glossary terms through the admin API one after another the whole time.
 * PostgreSQL is stopped cleanly (`-m fast`), kept down for a few seconds and started again; then
 * the same with a crash (`-m immediate`). Writes during an outage may be refused, but the CMS
 * process must stay up, accept writes again by itself within seconds of PostgreSQL's return,
 * and every write it accepted (before, during, after) must be there at the end: read back
 * through the CMS and found in the database itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accepted, adminLogin, readTerm, type WriteResult } from './support/admin-writes';
import { CMS_DIR, cmsEnvironment, compileCms, secret, startCms, type CmsProcess } from './support/cms';
import { createPgCluster, type PgCluster, type ShutdownMode } from './support/pg-cluster';
import { withOutputOnFailure } from '../support/processes';
import { report, seconds } from './support/report';
import { sleep, until } from '../support/wait';
import { startWriter, type Writer } from './support/writer';

const PORTS = { postgres: 1725, cms: 1726 };
const DATABASE = 'drill_cms';
const OUTAGE_MS = 3_000;
/** "Recovers by itself within seconds": from PostgreSQL accepting connections to an accepted write. */
const RECOVERY_LIMIT_MS = 15_000;
const ADMIN = { email: 'drill-admin@drills.test', password: `Dr1ll-${secret()}` };

let tmp: string | undefined;
let distDir: string | undefined;
let cluster: PgCluster | undefined;
let cms: CmsProcess | undefined;
let writer: Writer | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'drill-postgres-'));
  cluster = createPgCluster(PORTS.postgres);
  await cluster.query('postgres', `CREATE DATABASE ${DATABASE}`);
  distDir = compileCms('drill-dist');
  const settings = cmsEnvironment({
    port: PORTS.cms,
    database: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: cluster.host,
      DATABASE_PORT: String(cluster.port),
      DATABASE_NAME: DATABASE,
      DATABASE_USERNAME: 'postgres',
      DATABASE_PASSWORD: '',
    },
    publicDir: path.join(tmp, 'public'),
    extra: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
  });
  cms = await startCms(distDir, settings);
}, 240_000);

afterAll(async () => {
  await writer?.stop();
  await cms?.stop();
  cluster?.destroy();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (distDir?.startsWith(CMS_DIR)) rmSync(distDir, { recursive: true, force: true });
}, 60_000);

type Outage = {
  mode: ShutdownMode;
  downMs: number;
  refused: WriteResult[];
  /** Writes sent after PostgreSQL was back that still failed (e.g. on a dead pooled connection). */
  refusedAfterBack: number;
  recoveryMs: number;
};

const acceptedCount = (writes: WriteResult[]): number => writes.filter(accepted).length;

/** Stops PostgreSQL in `mode` while the writer runs, starts it again, and times the CMS's recovery. */
const outage = async (
  mode: ShutdownMode,
  db: PgCluster,
  active: Writer,
  cmsChild: CmsProcess,
): Promise<Outage> => {
  const baseline = acceptedCount(active.writes);
  await until(
    'writes accepted before the outage',
    async () => (acceptedCount(active.writes) >= baseline + 5 ? true : undefined),
    30_000,
  );
  const stopped = Date.now();
  db.stop(mode);
  await sleep(OUTAGE_MS);
  expect(cmsChild.exited()).toBe(false);
  db.start();
  const back = Date.now();
  const firstAccepted = await until(
    `an accepted write after PostgreSQL came back (${mode})`,
    async () => active.writes.find((w) => w.at >= back && accepted(w)),
    RECOVERY_LIMIT_MS + 15_000,
    50,
  );
  // A few more, so "recovered" is not one lucky write.
  const after = acceptedCount(active.writes);
  await until(
    'writes accepted after the outage',
    async () => (acceptedCount(active.writes) >= after + 5 ? true : undefined),
    30_000,
  );
  return {
    mode,
    downMs: back - stopped,
    refused: active.writes.filter((w) => w.at >= stopped && w.at < firstAccepted.at && !accepted(w)),
    refusedAfterBack: active.writes.filter((w) => w.at >= back && w.at < firstAccepted.at).length,
    // Measured to the answer, not the request: the write was sent at or after `back`.
    recoveryMs: firstAccepted.at - back,
  };
};

/**
 * PostgreSQL restarts while nobody writes, so the pool holds idle connections to the old server:
 * the next write must not be handed a dead one. Returns that write and the restart's duration.
 */
const idleRestart = async (
  db: PgCluster,
  active: Writer,
): Promise<{ write: WriteResult; restartMs: number }> => {
  await active.pause();
  const started = Date.now();
  db.stop('fast');
  db.start();
  const restartMs = Date.now() - started;
  const next = active.writes.length;
  active.resume();
  const write = await until(
    'the first write after an idle restart',
    async () => active.writes[next],
    30_000,
    20,
  );
  return { write, restartMs };
};

it('keeps the CMS up through a PostgreSQL restart and a crash, recovers by itself, and loses no accepted write', async () => {
  if (!cms || !cluster) throw new Error('the CMS or the cluster did not start');
  const db = cluster;
  const cmsChild = cms;
  await withOutputOnFailure(
    () => [cmsChild],
    async () => {
      const pid = cmsChild.process.pid;
      const token = await adminLogin(cmsChild.url, ADMIN.email, ADMIN.password);
      writer = startWriter(cmsChild.url, token);
      const outages: Outage[] = [];
      let idle: { write: WriteResult; restartMs: number } | undefined;
      try {
        idle = await idleRestart(db, writer);
        outages.push(await outage('fast', db, writer, cmsChild));
        outages.push(await outage('immediate', db, writer, cmsChild));
      } catch (error) {
        process.stderr.write(`postgres log:\n${db.log()}\n`);
        throw error;
      }
      const writes = await writer.stop();
      writer = undefined;

      // The same process throughout, and healthy.
      expect(cmsChild.exited()).toBe(false);
      expect(cmsChild.process.pid).toBe(pid);
      expect((await fetch(`${cmsChild.url}/_health`)).status).toBe(204);
      expect([200, 201]).toContain(idle?.write.status);
      for (const o of outages) expect(o.recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);

      // Every accepted write is there: through the CMS, and in the database itself.
      const acceptedWrites = writes.filter(accepted);
      expect(acceptedWrites.length).toBeGreaterThanOrEqual(20);
      const missing: string[] = [];
      for (const write of acceptedWrites) {
        if ((await readTerm(cmsChild.url, token, write.documentId!)) !== write.term) missing.push(write.term);
      }
      expect(missing).toEqual([]);
      const rows = await db.query<{ term: string }>(DATABASE, 'SELECT DISTINCT term FROM glossary_terms');
      const inDatabase = new Set(rows.map((r) => r.term));
      expect(acceptedWrites.filter((w) => !inDatabase.has(w.term)).map((w) => w.term)).toEqual([]);

      const refusedKinds = (o: Outage): string =>
        Object.entries(
          o.refused.reduce<Record<string, number>>((acc, w) => {
            acc[String(w.status)] = (acc[String(w.status)] ?? 0) + 1;
            return acc;
          }, {}),
        )
          .map(([status, count]) => `${count}× ${status}`)
          .join(', ') || 'none';
      report(
        'postgres-restart',
        `restart while idle (${seconds(idle?.restartMs ?? 0)}): next write HTTP ${idle?.write.status} | ` +
          outages
            .map(
              (o) =>
                `${o.mode === 'fast' ? 'clean stop (-m fast)' : 'crash (-m immediate)'}: down ${seconds(o.downMs)}, ` +
                `writes refused ${refusedKinds(o)} (${o.refusedAfterBack} of them after it was back; "${o.refused[0]?.detail ?? ''}"), ` +
                `first accepted write ${seconds(o.recoveryMs)} after PostgreSQL was back`,
            )
            .join(' | ') +
          ` | CMS pid ${pid} up throughout; ${writes.length} writes, ${acceptedWrites.length} accepted, ` +
          `all ${acceptedWrites.length} read back through the CMS and found in PostgreSQL`,
      );
    },
  );
}, 180_000);
