/**
 * Runs site builds in a warm worker process (worker.ts) instead of a new `npm run build` each
 * time: Node, Astro and Vite stay loaded between builds, which saves about 3 s per publish.
 * One build at a time (the service never asks for two). The worker is replaced, between builds,
 * after a failed build (its state may be half-built), after `maxBuilds` builds or once it holds
 * more than `maxRssBytes` (each build leaves some compiled modules behind). A timeout or a
 * shutdown stops the worker's whole process group, as for a build command.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { buildFailureReason } from '../build-failure-reason.ts';
import type { Logger } from '../logger.ts';
import { createLineTail, LOG_TAIL_LINES, type BuildOutcome, type RunBuild } from '../run-build.ts';
import { isWorkerMessage, type BuildRequest, type WorkerMessage } from './protocol.ts';

const WORKER_ENTRY = path.join(import.meta.dirname, 'worker.ts');
const KILL_GRACE_MS = 3000;

export type WarmBuilderOptions = {
  /** The Astro project (web/). */
  webRoot: string;
  /** The worker's environment: the build's (CMS_URL, BUILD_API_TOKEN, SITE_URL…), never the service's secret. */
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  /** The worker script (tests give a stand-in); default worker.ts. */
  workerEntry?: string;
  maxBuilds?: number;
  maxRssBytes?: number;
};

export type SearchIndexResult =
  { ok: true; pages: number; files: number; removed: number } | { ok: false; error: string };

export type WarmBuilder = {
  runBuild: RunBuild;
  /** Brings the search index of a live release up to date (web/src/lib/site/search-index.ts). */
  updateSearchIndex: (siteDir: string) => Promise<SearchIndexResult>;
  /** While idle: copies the cached pages into `outDir`, for the next build (incremental-output.ts). */
  prepareNextBuild: (outDir: string) => Promise<{ ok: true } | { ok: false; error: string }>;
  /** Starts a worker now, so the first build does not wait for Astro to load. */
  warmUp: () => void;
  /** Stops the worker (and any build in it). */
  close: () => Promise<void>;
};

type Worker = {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<string>;
  builds: number;
  /** Where the worker's output goes: the running build's log, or nowhere between builds. */
  sink: ((chunk: Buffer) => void) | null;
};

const describeExit = (code: number | null, signal: NodeJS.Signals | null): string =>
  signal ? `the build worker was killed by ${signal}` : `the build worker exited with code ${code}`;

export const createWarmBuilder = ({
  webRoot,
  env,
  logger,
  workerEntry = WORKER_ENTRY,
  maxBuilds = 25,
  maxRssBytes = 2 * 1024 ** 3,
}: WarmBuilderOptions): WarmBuilder => {
  let worker: Worker | null = null;
  let nextId = 1;

  const spawnWorker = (): Worker => {
    const child = fork(workerEntry, [webRoot], {
      cwd: webRoot,
      env: { ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true, // its own process group: stopping it stops Astro's helpers too
      serialization: 'json',
    });
    const self: Worker = {
      child,
      ready: Promise.resolve(),
      exited: Promise.resolve(''),
      builds: 0,
      sink: null,
    };
    const onOutput = (chunk: Buffer): void => self.sink?.(chunk);
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    self.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        if (worker === self) worker = null;
        resolve(describeExit(code, signal));
      });
      child.once('error', (error) => {
        if (worker === self) worker = null;
        resolve(`the build worker could not start: ${error.message}`);
      });
    });
    self.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: unknown): void => {
        if (isWorkerMessage(message) && message.type === 'ready') {
          child.off('message', onMessage);
          resolve();
        }
      };
      child.on('message', onMessage);
      void self.exited.then(reject);
    });
    self.ready.catch(() => undefined); // reported by the build that waits for it
    logger.debug('build worker started', { pid: child.pid });
    return self;
  };

  const stopWorker = async (target: Worker): Promise<void> => {
    if (worker === target) worker = null;
    const { child } = target;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const kill = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS);
    await target.exited;
    clearTimeout(timer);
  };

  /** Between builds: a fresh worker when this one has done enough, so the next build is warm too. */
  const recycleIfWorn = (target: Worker, rssBytes: number, failed: boolean): void => {
    if (!failed && target.builds < maxBuilds && rssBytes < maxRssBytes) return;
    logger.info('replacing the build worker', {
      builds: target.builds,
      rssMb: Math.round(rssBytes / 1024 ** 2),
      afterFailure: failed,
    });
    void stopWorker(target).then(() => {
      if (worker === null) worker = spawnWorker();
    });
  };

  /** Sends one request and waits for its answer, or for the worker to exit (then: how it exited). */
  const ask = (
    target: Worker,
    answer: WorkerMessage['type'],
    request: BuildRequest,
  ): Promise<WorkerMessage | string> =>
    Promise.race([
      target.ready.then(
        () =>
          new Promise<WorkerMessage>((resolve) => {
            const onMessage = (message: unknown): void => {
              if (
                isWorkerMessage(message) &&
                message.type === answer &&
                'id' in message &&
                message.id === request.id
              ) {
                target.child.off('message', onMessage);
                resolve(message);
              }
            };
            target.child.on('message', onMessage);
            target.child.send(request);
          }),
        (exit: string) => exit,
      ),
      target.exited,
    ]);

  const runBuild: RunBuild = async (job) => {
    const log: WriteStream = createWriteStream(job.logFile, { flags: 'a' });
    log.on('error', () => undefined); // a full disk must not crash the service
    const tail = createLineTail(LOG_TAIL_LINES);
    log.write(`$ astro build --outDir ${job.outDir} (warm build worker)\n`);
    const finish = (outcome: BuildOutcome): Promise<BuildOutcome> =>
      new Promise((resolve) =>
        log.end(`\n# ${outcome.ok ? 'build succeeded' : `build failed: ${outcome.error}`}\n`, () =>
          resolve(outcome),
        ),
      );

    const current = worker ?? spawnWorker();
    worker = current;
    current.sink = (chunk) => {
      log.write(chunk);
      tail.push(chunk.toString('utf8'));
    };

    let stopReason: string | null = null;
    let aborted = false;
    const stop = (reason: string): void => {
      if (stopReason !== null) return;
      stopReason = reason;
      void stopWorker(current);
    };
    const timeout = setTimeout(() => stop(`build timed out after ${job.timeoutMs} ms`), job.timeoutMs);
    const onAbort = (): void => {
      aborted = true;
      stop('build stopped because the service is shutting down');
    };
    if (job.signal.aborted) onAbort();
    else job.signal.addEventListener('abort', onAbort, { once: true });

    try {
      const result = await ask(current, 'done', {
        type: 'build',
        id: nextId++,
        outDir: job.outDir,
        env: {
          SITE_OUT_DIR: job.outDir,
          REBUILD_RELEASE_ID: job.releaseId,
          SITE_SEARCH_INDEX: job.searchIndexAfterSwap ? 'after-swap' : 'build',
        },
      });
      if (stopReason !== null)
        return await finish({ ok: false, error: stopReason, logTail: tail.lines(), aborted });
      if (typeof result === 'string' || result.type !== 'done') {
        const exit = typeof result === 'string' ? result : 'the build worker stopped';
        const reason = buildFailureReason(tail.lines());
        return await finish({
          ok: false,
          error: reason ? `${reason} (${exit})` : exit,
          logTail: tail.lines(),
          aborted,
        });
      }
      current.builds += 1;
      recycleIfWorn(current, result.rssBytes, !result.ok);
      if (result.ok) return await finish({ ok: true, logTail: tail.lines() });
      // The build's own reason first (e.g. the CMS cannot be reached): it is what an editor reads.
      const reason = buildFailureReason(tail.lines());
      const firstLine = result.error.split('\n')[0] ?? result.error;
      return await finish({
        ok: false,
        error: reason ? `${reason} (the site build failed)` : `the site build failed: ${firstLine}`,
        logTail: tail.lines(),
        aborted,
      });
    } finally {
      clearTimeout(timeout);
      job.signal.removeEventListener('abort', onAbort);
      current.sink = null;
    }
  };

  /** A chore between builds (search index, next build's folder): the worker's answer, or why there is none. */
  const askBetweenBuilds = async <A extends 'search-indexed' | 'prepared'>(
    answer: A,
    request: BuildRequest,
  ): Promise<Extract<WorkerMessage, { type: A }> | { ok: false; error: string }> => {
    const current = worker ?? spawnWorker();
    worker = current;
    const result = await ask(current, answer, request);
    if (typeof result === 'string') return { ok: false, error: result };
    return result.type === answer
      ? (result as Extract<WorkerMessage, { type: A }>)
      : { ok: false, error: 'the build worker answered out of turn' };
  };

  const updateSearchIndex = async (siteDir: string): Promise<SearchIndexResult> => {
    const result = await askBetweenBuilds('search-indexed', { type: 'search-index', id: nextId++, siteDir });
    return result.ok
      ? { ok: true, pages: result.pages, files: result.files, removed: result.removed }
      : { ok: false, error: result.error };
  };

  const prepareNextBuild = async (outDir: string): Promise<{ ok: true } | { ok: false; error: string }> => {
    const result = await askBetweenBuilds('prepared', { type: 'prepare', id: nextId++, outDir });
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  };

  return {
    runBuild,
    updateSearchIndex,
    prepareNextBuild,
    warmUp: () => {
      worker ??= spawnWorker();
    },
    close: async () => {
      if (worker) await stopWorker(worker);
    },
  };
};
