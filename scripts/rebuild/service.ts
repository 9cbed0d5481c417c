/**
 * The rebuild service: accepts events, coalesces them into builds (one running, at most one
 * queued, nothing dropped), builds each into a new release, checks it, swaps it live, prunes
 * old releases, and keeps its state on disk so a restart picks up where it stopped. At start and
 * on a timer it reconciles: a build when the CMS publishes something the site was not built from
 * (a lost webhook; reconcile.ts).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { type RebuildConfig } from './config.ts';
import { createFingerprintReader, type ReadFingerprint } from './content-fingerprint.ts';
import { diskErrorReason } from './disk-errors.ts';
import { lockDataDir, type DataDirLock } from './lock.ts';
import { createLogger, type Logger } from './logger.ts';
import { createNextBuildPreparation, type PrepareNextBuild } from './next-build.ts';
import { stopOrphanBuild } from './orphan-build.ts';
import { createReleaseUsage } from './release-usage.ts';
import { buildAndPublish, buildRecord, type PublishContext } from './publish-release.ts';
import { liveRelease, makeReleaseId, pruneReleases, removeUnfinishedBuilds } from './releases.ts';
import { reconcileDecision } from './reconcile.ts';
import { recordHistory, rollBack } from './rollback.ts';
import { runBuildCommand, type RunBuild } from './run-build.ts';
import { createSiteHandler } from './site-handler.ts';
import {
  loadState,
  saveState,
  type AcceptedEvent,
  type BuildRecord,
  type RollbackRecord,
  type RunningBuild,
  type ServiceState,
} from './state.ts';
import { statusReport, type StatusReport } from './status-report.ts';
import { createWebhookApp } from './webhook-app.ts';

export type Clock = {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type EventInput = Omit<AcceptedEvent, 'id' | 'receivedAt'>;

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
export type TriggerOptions = { note?: string; allowShrink?: boolean };
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export type RebuildService = {
  /** The service's HTTP API: /webhook, /trigger, /rollback, /status, /health. */
  webhookApp: Handler;
  /** Serves the live release. */
  siteHandler: Handler;
  start: () => Promise<void>;
  /** Lets a running build finish (or stops and re-queues it after the grace period) and saves state. */
  stop: () => Promise<void>;
  /** Records an event durably and schedules the build that will cover it. */
  accept: (input: EventInput) => AcceptedEvent;
  trigger: (options?: TriggerOptions) => AcceptedEvent;
  rollback: () => RollbackRecord;
  status: (options?: { includeLogs?: boolean }) => StatusReport;
  /** Resolves once nothing is running, queued or waiting for its quiet window. */
  whenIdle: () => Promise<void>;
  /** One reconcile round now (the timer runs them too); resolves when it has decided. */
  reconcile: () => Promise<void>;
};

export class ServiceStoppedError extends Error {
  constructor() {
    super('the rebuild service is not running');
    this.name = 'ServiceStoppedError';
  }
}

export type RebuildServiceOptions = {
  config: RebuildConfig;
  runBuild?: RunBuild;
  /** With the warm build worker: updates a live release's search index after the swap. */
  updateSearchIndex?: PublishContext['updateSearchIndex'];
  /** With the warm build worker: fills the next build's folder ahead, while idle (next-build.ts). */
  prepareNextBuild?: PrepareNextBuild;
  /** What the CMS publishes now; by default read from config.cms. */
  readFingerprint?: ReadFingerprint;
  clock?: Clock;
  logger?: Logger;
};

export const createRebuildService = ({
  config,
  runBuild = runBuildCommand,
  updateSearchIndex,
  prepareNextBuild,
  readFingerprint = config.cms ? createFingerprintReader(config.cms) : undefined,
  clock = systemClock,
  logger = createLogger(config.logLevel),
}: RebuildServiceOptions): RebuildService => {
  const { dataDir } = config;
  const reconcileIntervalMs = config.reconcileIntervalMs ?? 0;
  // Fingerprints are read only to reconcile: without it a build does not wait for one.
  const fingerprints = reconcileIntervalMs > 0 ? readFingerprint : undefined;
  const logsDir = path.join(dataDir, 'logs');
  const usage = createReleaseUsage();

  let state: ServiceState | null = null;
  let lock: DataDirLock | null = null;
  let stopping = false;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let abortRunning: AbortController | null = null;
  // Quiet window bookkeeping for the queued trigger (in memory; reset on restart).
  let firstPendingAt = 0;
  let lastPendingAt = 0;
  /** The queued events began while nothing was building or queued: a short hold, not the window. */
  let burstFromIdle = false;
  let idleWaiters: Array<() => void> = [];
  let reconcileTimer: unknown = null;
  let reconciling: Promise<void> | null = null;
  /** The last reason a round could not read the CMS, so an outage is logged once, not every round. */
  let reconcileProblem: string | null = null;
  /** Aborted on stop, so a CMS that does not answer cannot hold the shutdown. */
  let reconcileAbort = new AbortController();

  const iso = (ms: number): string => new Date(ms).toISOString();
  const current = (): ServiceState => {
    if (state === null) throw new ServiceStoppedError();
    return state;
  };
  const persist = (): void => saveState(dataDir, current());
  /**
   * For saves after an event was accepted (it is on disk already): a full or read-only disk must
   * not crash the service, which serves the site too. The next save writes the whole state again.
   */
  const persistOrLog = (when: string): void => {
    try {
      persist();
    } catch (error) {
      logger.error('state could not be saved', { when, error: diskErrorReason(error) ?? error });
    }
  };

  // Dropped as soon as a build starts, never waited for (next-build.ts).
  const nextBuild = createNextBuildPreparation({
    dataDir,
    prepare: prepareNextBuild,
    logger,
    onSettled: () => notifyIfIdle(),
  });

  const isIdle = (): boolean =>
    state === null ||
    (state.running === null && state.pending.length === 0 && timer === null && !nextBuild.busy());
  const notifyIfIdle = (): void => {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  /**
   * Starts the queued build. A publish to an idle service is built idleHoldMs after it arrived
   * (long enough for the few webhooks one publish sends to arrive together). Events that arrive
   * during a build wait for the burst to be quiet for quietMs, or maxWaitMs at most: a storm is
   * built once more after it ends, not once per event.
   */
  const schedule = (): void => {
    const s = current();
    if (stopping || s.running !== null || s.pending.length === 0) return;
    if (timer !== null) clock.clearTimeout(timer);
    const due = burstFromIdle
      ? firstPendingAt + config.idleHoldMs
      : Math.min(lastPendingAt + config.quietMs, firstPendingAt + config.maxWaitMs);
    timer = clock.setTimeout(
      () => {
        timer = null;
        startBuild();
      },
      Math.max(0, due - clock.now()),
    );
  };

  const accept = (input: EventInput): AcceptedEvent => {
    const s = current();
    const now = clock.now();
    const event: AcceptedEvent = { ...input, id: s.nextEventId++, receivedAt: iso(now) };
    if (s.pending.length === 0) {
      firstPendingAt = now;
      burstFromIdle = s.running === null;
    }
    lastPendingAt = now;
    s.pending.push(event);
    try {
      persist(); // on disk before anyone is told it was accepted
    } catch (error) {
      // Not accepted, so not queued either (the caller is told it failed).
      s.pending.pop();
      s.nextEventId -= 1;
      throw error;
    }
    logger.info('event accepted', {
      eventId: event.id,
      event: event.event,
      model: event.model,
      documentId: event.documentId,
      queuedEvents: s.pending.length,
      building: s.running !== null,
    });
    schedule();
    return event;
  };

  const requeue = (events: AcceptedEvent[]): void => {
    const s = current();
    s.pending = [...events, ...s.pending].sort((a, b) => a.id - b.id);
    firstPendingAt = lastPendingAt = clock.now();
    burstFromIdle = false;
  };

  const pruneLogs = (s: ServiceState): void => {
    const referenced = new Set(s.history.flatMap((r) => (r.kind === 'build' ? [`${r.release}.log`] : [])));
    if (s.running) referenced.add(`${s.running.release}.log`);
    for (const name of readdirSync(logsDir)) {
      if (!referenced.has(name)) rmSync(path.join(logsDir, name), { force: true });
    }
  };

  /** Records a finished build, re-queues its events if it was interrupted, and prunes after a success. */
  const finishBuild = (run: RunningBuild, record: BuildRecord): void => {
    const s = current();
    s.running = null;
    abortRunning = null;
    // What arrived during the build waits at most maxWaitMs from now: a storm that outlasts the
    // build is built once more when it ends, not as soon as the build ends.
    firstPendingAt = Math.max(firstPendingAt, clock.now());
    recordHistory(s, record, config.historyLimit);
    if (record.result === 'interrupted') requeue(run.events);
    persistOrLog('build finished');
    const fields = {
      build: record.number,
      release: record.release,
      durationMs: record.durationMs,
      pageCount: record.pageCount,
      eventCount: run.events.length,
      ...(record.leftOutCount ? { leftOut: record.leftOutCount } : {}),
    };
    if (record.result === 'success') logger.info('build published', fields);
    else if (record.result === 'interrupted') logger.warn('build interrupted, re-queued', fields);
    else logger.error('build failed, the live site is unchanged', { ...fields, error: record.error });
    if (record.searchIndex?.result === 'updated') {
      logger.info('search index updated', {
        build: record.number,
        durationMs: record.searchIndex.durationMs,
      });
    } else if (record.searchIndex?.result === 'failed') {
      logger.error('search index not updated', { build: record.number, error: record.searchIndex.error });
    }
    if (record.live && !stopping) nextBuild.start();
    try {
      if (record.result === 'success') {
        const removed = pruneReleases({
          dataDir,
          keep: config.keepReleases,
          graceMs: config.pruneGraceMs,
          now: clock.now(),
          inUse: usage.inUse,
        });
        if (removed.length > 0) logger.info('old releases pruned', { removed });
      }
      pruneLogs(s);
    } catch (error) {
      logger.warn('pruning failed', { error });
    }
  };

  const startBuild = (): void => {
    const s = current();
    if (stopping || s.running !== null || s.pending.length === 0) return;
    const startedAt = clock.now();
    const number = s.nextBuildNumber++;
    const run: RunningBuild = {
      number,
      release: makeReleaseId(new Date(startedAt), number),
      startedAt: iso(startedAt),
      events: s.pending,
    };
    s.pending = [];
    s.running = run;
    persistOrLog('build started');
    logger.info('build started', {
      build: number,
      release: run.release,
      eventCount: run.events.length,
      firstEventId: run.events[0]?.id,
      lastEventId: run.events.at(-1)?.id,
    });
    const controller = new AbortController();
    abortRunning = controller;
    running = fingerprintBeforeBuild(run, controller.signal)
      .then(() =>
        buildAndPublish(run, {
          config,
          runBuild,
          now: clock.now,
          logsDir,
          signal: controller.signal,
          onSpawn: (pid) => {
            run.pid = pid;
            persistOrLog('build spawned');
          },
          stopPreparing: nextBuild.stop,
          pageCountOf: (release) =>
            s.history.findLast(
              (r): r is BuildRecord => r.kind === 'build' && r.release === release && r.result === 'success',
            )?.pageCount ?? null,
          ...(updateSearchIndex ? { updateSearchIndex } : {}),
        }),
      )
      .then((record) => finishBuild(run, record))
      .finally(() => {
        running = null;
        schedule();
        notifyIfIdle();
      });
  };

  /**
   * Reads what the CMS publishes before the build reads it: a change made during the build then
   * differs from the record, and the next reconcile round builds it even if its webhook is lost.
   */
  const fingerprintBeforeBuild = async (run: RunningBuild, signal: AbortSignal): Promise<void> => {
    if (!fingerprints) return;
    try {
      run.contentFingerprint = await fingerprints(signal);
    } catch (error) {
      // The build reads the CMS too and will say what is wrong; the next round builds again.
      logger.warn('the published content could not be read before the build', {
        build: run.number,
        error: errorMessage(error),
      });
    }
  };

  /** One reconcile round: builds when the site is behind what the CMS publishes. Never throws. */
  const reconcileOnce = async (): Promise<void> => {
    const busy = () => state === null || stopping || state.running !== null || state.pending.length > 0;
    // A running or queued build reads the CMS itself; the round after it compares again.
    if (!fingerprints || busy()) return;
    let fingerprint: string;
    try {
      fingerprint = await fingerprints(reconcileAbort.signal);
    } catch (error) {
      const problem = errorMessage(error);
      if (problem !== reconcileProblem) {
        logger.warn('reconcile: cannot read what the CMS publishes; trying again later', { error: problem });
      }
      reconcileProblem = problem;
      return;
    }
    if (reconcileProblem !== null) logger.info('reconcile: the CMS answers again');
    reconcileProblem = null;
    if (busy()) return;
    const s = current();
    const decision = reconcileDecision({
      fingerprint,
      history: s.history,
      now: clock.now(),
      intervalMs: reconcileIntervalMs,
    });
    if (!decision.build) {
      logger.debug('reconcile: nothing to build', { reason: decision.reason });
      return;
    }
    logger.info('reconcile: the site is behind the CMS, building', { reason: decision.reason });
    try {
      accept({ event: 'reconcile', source: 'reconcile', note: decision.reason.slice(0, 200) });
    } catch (error) {
      logger.error('reconcile: the build could not be queued', { error: errorMessage(error) });
    }
  };

  /** Runs a round (never two at once), then the next one reconcileIntervalMs later. */
  const reconcile = (): Promise<void> => {
    reconciling ??= reconcileOnce().finally(() => {
      reconciling = null;
    });
    return reconciling;
  };
  const scheduleReconcile = (delayMs: number): void => {
    if (!fingerprints || stopping || state === null) return;
    reconcileTimer = clock.setTimeout(() => {
      reconcileTimer = null;
      void reconcile().finally(() => scheduleReconcile(reconcileIntervalMs));
    }, delayMs);
  };

  const trigger = ({ note, allowShrink }: TriggerOptions = {}): AcceptedEvent =>
    accept({
      event: 'manual',
      source: 'manual',
      ...(note ? { note: note.slice(0, 200) } : {}),
      ...(allowShrink ? { allowShrink } : {}),
    });

  const rollback = (): RollbackRecord => {
    const s = current();
    const record = rollBack(dataDir, s, new Date(clock.now()), config.historyLimit);
    persist();
    logger.warn('rolled back to the previous release', { from: record.from, to: record.to });
    return record;
  };

  const status = ({ includeLogs = false }: { includeLogs?: boolean } = {}): StatusReport =>
    statusReport(current(), liveRelease(dataDir), { includeLogs });

  const start = async (): Promise<void> => {
    if (state !== null) return;
    mkdirSync(logsDir, { recursive: true });
    mkdirSync(path.join(dataDir, 'releases'), { recursive: true });
    lock = lockDataDir(dataDir);
    const loaded = loadState(dataDir, new Date(clock.now()));
    if (loaded.problem) logger.error('state reset', { problem: loaded.problem });
    const s = loaded.state;
    state = s;
    stopping = false;
    if (s.running?.pid !== undefined && (await stopOrphanBuild(s.running.pid, s.running.release))) {
      logger.warn('stopped a build left running by the previous process', { pid: s.running.pid });
    }
    const leftovers = removeUnfinishedBuilds(dataDir);
    if (leftovers.length > 0) logger.info('removed unfinished build output', { dirs: leftovers });
    if (s.running !== null) {
      const run = s.running;
      recordHistory(
        s,
        buildRecord(run, clock.now(), {
          result: 'interrupted',
          live: false,
          error: 'the service stopped while this build was running; its events were queued again',
        }),
        config.historyLimit,
      );
      s.running = null;
      requeue(run.events);
      logger.warn('a build was interrupted by a restart, re-queued', { build: run.number });
    }
    persist();
    const live = liveRelease(dataDir);
    logger.info('rebuild service started', { dataDir, live, queuedEvents: s.pending.length });
    if (s.pending.length > 0) {
      firstPendingAt = lastPendingAt = clock.now();
      logger.info('resuming the queued build', { eventCount: s.pending.length });
      schedule();
    }
    if (fingerprints) {
      logger.info('reconcile: at start and every interval', {
        intervalMs: reconcileIntervalMs,
        cms: config.cms?.url,
      });
      // A few seconds in: a start script's own trigger (npm start, the worker's start.sh) comes
      // first, and the round then finds the site being built instead of queueing a second build.
      scheduleReconcile(config.maxWaitMs);
    } else {
      logger.info('reconcile: off', {
        reason: reconcileIntervalMs > 0 ? 'BUILD_API_TOKEN is not set' : 'REBUILD_RECONCILE_INTERVAL_MS is 0',
      });
    }
  };

  const stop = async (): Promise<void> => {
    if (state === null) return;
    stopping = true;
    if (timer !== null) {
      clock.clearTimeout(timer);
      timer = null;
    }
    if (reconcileTimer !== null) {
      clock.clearTimeout(reconcileTimer);
      reconcileTimer = null;
    }
    reconcileAbort.abort();
    await reconciling;
    reconcileAbort = new AbortController();
    if (running !== null) {
      logger.info('waiting for the running build before stopping', { graceMs: config.stopGraceMs });
      const grace = setTimeout(() => abortRunning?.abort(), config.stopGraceMs);
      await running;
      clearTimeout(grace);
    }
    await nextBuild.stop();
    persist();
    logger.info('rebuild service stopped', { queuedEvents: current().pending.length });
    state = null;
    lock?.release();
    lock = null;
    notifyIfIdle();
  };

  const whenIdle = (): Promise<void> =>
    new Promise((resolve) => {
      idleWaiters.push(resolve);
      notifyIfIdle();
    });

  const webhookApp = createWebhookApp({
    config,
    logger,
    isRunning: () => state !== null,
    accept,
    trigger,
    rollback,
    status,
  });
  const siteHandler = createSiteHandler({ dataDir, scriptSrc: config.scriptSrc, usage, logger });

  return { webhookApp, siteHandler, start, stop, accept, trigger, rollback, status, whenIdle, reconcile };
};
