/**
 * Reconcile: a lost webhook never leaves the site behind. The decision (reconcile.ts), the
 * fingerprint's queries against the CMS's real schema, and the real service with the fake build
 * and a stand-in for the CMS's answers: a build at start and when content changes without a
 * webhook, none while the site is up to date, retries that back off, an unreachable CMS logged
 * once and never a crash, and no round while a build runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { fingerprintOf, MEDIA_QUERY, SYNC_INDEX_QUERY } from '../content-fingerprint.ts';
import { MAX_RETRY_DELAY_MS, reconcileDecision, retryDelayMs } from '../reconcile.ts';
import { type BuildRecord, type HistoryRecord } from '../state.ts';
import { makeFixture, sleep, startService, stopAll, waitFor, type Fixture } from './helpers.ts';

const build = (
  number: number,
  result: BuildRecord['result'],
  contentFingerprint: string | undefined,
  finishedAt = '2026-01-01T12:00:00.000Z',
): BuildRecord => ({
  kind: 'build',
  number,
  release: `r${number}`,
  startedAt: finishedAt,
  finishedAt,
  durationMs: 1,
  result,
  live: result === 'success',
  ...(contentFingerprint ? { contentFingerprint } : {}),
  events: [],
});
const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

describe('the decision', () => {
  const decide = (fingerprint: string, history: HistoryRecord[], now = at('2026-01-01T12:00:30Z')) =>
    reconcileDecision({ fingerprint, history, now, intervalMs: MINUTE });

  it('builds nothing when the newest successful build was made from what is published', () => {
    expect(decide('A', [build(2, 'success', 'A')]).build).toBe(false);
    // A rollback since does not undo that: the operator's choice holds until content changes.
    expect(
      decide('A', [
        { kind: 'rollback', at: '2026-01-01T12:00:10Z', from: 'r2', to: 'r1' },
        build(2, 'success', 'A'),
      ]).build,
    ).toBe(false);
  });

  it('builds when what is published differs, or nothing was ever built from it', () => {
    expect(decide('B', [build(2, 'success', 'A')])).toEqual({
      build: true,
      reason: 'published content changed since build #2',
    });
    expect(decide('A', [])).toEqual({
      build: true,
      reason: 'no build of the published content has succeeded yet',
    });
    // A build whose fingerprint could not be read proves nothing.
    expect(decide('A', [build(3, 'success', undefined), build(2, 'success', 'A')]).build).toBe(true);
    // Interrupted builds are re-queued by the service itself; failures of other content do not count.
    expect(
      decide('B', [build(4, 'failed', 'C'), build(3, 'interrupted', 'B'), build(2, 'success', 'A')]).build,
    ).toBe(true);
  });

  it('retries content whose builds failed after the interval, doubling up to an hour, never in a loop', () => {
    const failedAt = '2026-01-01T12:00:00.000Z';
    const history = (failures: number) => [
      ...Array.from({ length: failures }, (_, i) => build(10 + failures - i, 'failed', 'B', failedAt)),
      build(2, 'success', 'A'),
    ];
    expect(decide('B', history(1), at(failedAt) + MINUTE - 1).build).toBe(false);
    expect(decide('B', history(1), at(failedAt) + MINUTE).build).toBe(true);
    expect(decide('B', history(3), at(failedAt) + 4 * MINUTE - 1).build).toBe(false);
    expect(decide('B', history(3), at(failedAt) + 4 * MINUTE).reason).toBe(
      'published content changed since build #2; retrying (3 builds of it failed, the last #13)',
    );
    expect(decide('B', history(1), at(failedAt)).reason).toBe(
      'published content changed since build #2; 1 build of it failed, the last #11: next try at 2026-01-01T12:01:00.000Z',
    );
    expect([1, 2, 3, 7, 8, 50].map((n) => retryDelayMs(MINUTE, n))).toEqual([
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      MAX_RETRY_DELAY_MS,
      MAX_RETRY_DELAY_MS,
      MAX_RETRY_DELAY_MS,
    ]);
    // Content that changed again after the failures is built at once.
    expect(decide('C', history(3), at(failedAt)).build).toBe(true);
  });
});

describe('the fingerprint', () => {
  it("asks the CMS's real schema valid questions (the same the site build asks)", () => {
    const schema = buildSchema(
      readFileSync(path.join(__dirname, '..', '..', '..', 'shared-types', 'schema.graphql'), 'utf8'),
    );
    for (const query of [SYNC_INDEX_QUERY, MEDIA_QUERY]) {
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    }
  });

  it('changes with any published entry or media change, and only then', () => {
    const index = {
      siteSyncIndex: {
        contentTypes: [{ uid: 'a', documentIds: ['x'], locales: ['en'], updatedAts: ['t1'] }],
      },
    };
    const media = { uploadFiles_connection: { nodes: [{ updatedAt: 'm1' }], pageInfo: { total: 3 } } };
    const same = fingerprintOf(JSON.parse(JSON.stringify(index)), JSON.parse(JSON.stringify(media)));
    expect(fingerprintOf(index, media)).toBe(same);
    expect(same).toMatch(/^sha256:[0-9a-f]{64}$/);
    const edited = {
      siteSyncIndex: { contentTypes: [{ ...index.siteSyncIndex.contentTypes[0], updatedAts: ['t2'] }] },
    };
    const replacedFile = { uploadFiles_connection: { nodes: [{ updatedAt: 'm2' }], pageInfo: { total: 3 } } };
    expect(new Set([same, fingerprintOf(edited, media), fingerprintOf(index, replacedFile)]).size).toBe(3);
  });
});

describe('the service', () => {
  let fixture: Fixture;
  /** What the stand-in CMS publishes now; `null`: it does not answer. */
  let published: string | null;
  let reads: number;
  const readFingerprint = async (): Promise<string> => {
    reads += 1;
    if (published === null) throw new Error('cannot reach the CMS at http://127.0.0.1:9 (ECONNREFUSED)');
    return published;
  };
  const INTERVAL = 100;

  beforeEach(() => {
    fixture = makeFixture();
    published = 'A';
    reads = 0;
  });
  afterEach(async () => {
    await stopAll();
    fixture.cleanup();
  });

  const start = () => startService(fixture, { readFingerprint, config: { reconcileIntervalMs: INTERVAL } });
  const builds = (service: Awaited<ReturnType<typeof start>>['service']) =>
    service
      .status()
      .history.filter((r): r is BuildRecord => r.kind === 'build')
      .reverse();

  it('builds at start (a few seconds in) when nothing was built from what is published, then stays quiet', async () => {
    const { service } = await start();
    await waitFor(() => builds(service).length === 1, 5000, 'the reconcile build at start');
    const [first] = builds(service);
    expect(first).toMatchObject({ result: 'success', live: true, contentFingerprint: 'A' });
    expect(first?.events).toEqual([
      expect.objectContaining({
        event: 'reconcile',
        source: 'reconcile',
        note: expect.stringContaining('no build'),
      }),
    ]);
    await sleep(INTERVAL * 6);
    expect(builds(service)).toHaveLength(1);
    expect(fixture.runs()).toBe(1);
  });

  it('catches up with a publish whose webhook never arrived, within one interval', async () => {
    const { service } = await start();
    await waitFor(() => builds(service).length === 1, 5000, 'the first build');
    published = 'B'; // an editor published; the webhook was lost
    await waitFor(() => builds(service).length === 2, 2000, 'the reconcile build');
    expect(builds(service)[1]).toMatchObject({ result: 'success', contentFingerprint: 'B' });
    expect(builds(service)[1]?.events.map((e) => e.source)).toEqual(['reconcile']);
  });

  it('reads what is published before each build, so a change made during a build is built next', async () => {
    const { service } = await start();
    await waitFor(() => builds(service).length === 1, 5000, 'the first build');
    fixture.control({ delayMs: 400 });
    published = 'B';
    service.accept({ event: 'entry.publish', source: 'webhook' });
    await waitFor(() => service.status().running !== null, 2000, 'the webhook build');
    await sleep(50);
    published = 'C'; // published while the build reads the CMS; its webhook is lost
    await waitFor(
      () => builds(service).length === 3,
      5000,
      'the build of the change made during the last one',
    );
    const [, during, after] = builds(service);
    expect(during).toMatchObject({
      contentFingerprint: 'B',
      events: [expect.objectContaining({ source: 'webhook' })],
    });
    expect(after).toMatchObject({
      contentFingerprint: 'C',
      events: [expect.objectContaining({ source: 'reconcile' })],
    });
  });

  it('never starts a round while a build runs: the running build reads the CMS itself', async () => {
    fixture.control({ delayMs: 600 });
    const { service } = await start();
    await waitFor(() => service.status().running !== null, 2000, 'the build at start');
    const readsWhenStarted = reads;
    published = 'B';
    await sleep(INTERVAL * 4);
    expect(service.status().running).not.toBeNull();
    expect(reads).toBe(readsWhenStarted);
    expect(service.status().pending).toBeNull();
    await waitFor(
      () => builds(service).length === 2,
      5000,
      'the build of the change, once the first is done',
    );
  });

  it('logs an unreachable CMS once, queues nothing, and builds once it answers again', async () => {
    published = null;
    const { service, logger } = await start();
    await waitFor(() => reads >= 3, 5000, 'three rounds');
    expect(builds(service)).toEqual([]);
    expect(service.status().state).toBe('idle');
    const warnings = logger.lines.filter((l) => l.msg.startsWith('reconcile: cannot read'));
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 'warn',
        error: 'cannot reach the CMS at http://127.0.0.1:9 (ECONNREFUSED)',
      }),
    ]);
    published = 'A';
    await waitFor(() => builds(service).length === 1, 2000, 'the build once the CMS answers');
    expect(logger.lines.some((l) => l.msg === 'reconcile: the CMS answers again')).toBe(true);
  });

  it('retries content whose build failed with a growing delay, not every round', async () => {
    fixture.control({ fail: true });
    const { service } = await start();
    await waitFor(() => builds(service).length >= 3, 8000, 'three tries');
    const [first, second, third] = builds(service) as [BuildRecord, BuildRecord, BuildRecord];
    expect([first, second, third].map((b) => [b.result, b.contentFingerprint])).toEqual(
      Array(3).fill(['failed', 'A']),
    );
    // Each try waits for the interval after the last failure, doubled for each failure before it.
    const gap = (a: BuildRecord, b: BuildRecord) => Date.parse(b.startedAt) - Date.parse(a.finishedAt);
    expect(gap(first, second)).toBeGreaterThanOrEqual(INTERVAL);
    expect(gap(second, third)).toBeGreaterThanOrEqual(2 * INTERVAL);
    fixture.control({});
    published = 'B';
    await waitFor(() => builds(service).at(-1)?.result === 'success', 5000, 'the build of new content');
  });

  it('does not reconcile without a CMS to ask, or with the interval 0', async () => {
    const off = await startService(fixture, { config: { reconcileIntervalMs: INTERVAL } });
    await sleep(INTERVAL * 3);
    expect(fixture.runs()).toBe(0);
    expect(off.logger.lines).toContainEqual(
      expect.objectContaining({ msg: 'reconcile: off', reason: 'BUILD_API_TOKEN is not set' }),
    );
    await stopAll();
    const zero = await startService(fixture, { readFingerprint, config: { reconcileIntervalMs: 0 } });
    await sleep(INTERVAL * 3);
    expect(fixture.runs()).toBe(0);
    expect(reads).toBe(0);
    // Nor does a build wait for a fingerprint it will not use.
    zero.service.accept({ event: 'entry.publish', source: 'webhook' });
    await zero.service.whenIdle();
    expect(reads).toBe(0);
  });
});
