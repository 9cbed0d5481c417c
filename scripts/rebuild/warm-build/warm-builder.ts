/**
 * Runs site builds in a warm worker process (worker.ts) instead of a new `npm run build` each
 * time: Node, Astro and Vite stay loaded between builds, which saves about 3 s per publish.
 * One build at a time (the service never asks for two). The worker is replaced, between builds,
 * after a failed build (its state may be half-built), after `maxBuilds` builds or once it holds
 * more than `maxRssBytes` (each build leaves some compiled modules behind). A timeout or a
 * shutdown stops the worker's whole process group, as for a build command.
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { controlBuild, describeExit, stopProcessGroup } from '../build-process.ts';
import type { Logger } from '../logger.ts';
import type { PrepareNextBuild } from '../next-build.ts';
import type { RunBuild } from '../run-build.ts';
import {
  isWorkerMessage,
  type SearchIndexUpdate,
  type WorkerMessage,
  type WorkerRequest,
} from '@platform/web/build';

const WORKER_ENTRY = path.join(import.meta.dirname, 'worker.ts');
const SEARCH_INDEX_ENTRY = path.join(import.meta.dirname, 'update-search-index.ts');
const SEARCH_INDEX_TIMEOUT_MS = 300_000;

/** The site's own search index update, in a process of its own (update-search-index.ts). */
const updateSearchIndexApart = (siteDir: string): Promise<SearchIndexUpdate> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SEARCH_INDEX_ENTRY, siteDir],
      { timeout: SEARCH_INDEX_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const last = stderr.trim().split('\n').at(-1);
          reject(new Error(last ? `${last} (${error.message.split('\n')[0]})` : error.message));
          return;
        }
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as SearchIndexUpdate);
      },
    );
  });

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
  /** Brings a live release's search index up to date (tests give a stand-in); default the site's own. */
  searchIndex?: (siteDir: string) => Promise<SearchIndexUpdate>;
};

export type SearchIndexResult = ({ ok: true } & SearchIndexUpdate) | { ok: false; error: string };

export type WarmBuilder = {
  runBuild: RunBuild;
  /**
   * Brings the search index of a live release up to date (web/src/lib/site/search-index.ts), in
   * a short-lived process of its own: not a request to the worker.
   */
  updateSearchIndex: (siteDir: string) => Promise<SearchIndexResult>;
  /**
   * While idle: copies the cached pages into `outDir`, for the next build (incremental-output.ts).
   * Once asked, every later build request names `outDir`, and the worker starts the copy itself
   * after the build: this then only waits for it. Aborting stops the copy; the answer then comes
   * as soon as the worker has stopped it.
   */
  prepareNextBuild: PrepareNextBuild;
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

export const createWarmBuilder = ({
  webRoot,
  env,
  logger,
  workerEntry = WORKER_ENTRY,
  maxBuilds = 25,
  maxRssBytes = 2 * 1024 ** 3,
  searchIndex = updateSearchIndexApart,
}: WarmBuilderOptions): WarmBuilder => {
  let worker: Worker | null = null;
  let nextId = 1;
  /** Where the service has the next build's folder filled: named in each build request once known. */
  let nextBuildDir: string | undefined;
  /** The preparation the last build request started in the worker, if it asked for one. */
  let pendingPreparation: {
    id: number;
    outDir: string;
    by: Worker;
    answer: Promise<WorkerMessage | string>;
  } | null = null;

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
        resolve(describeExit('build worker', code, signal));
      });
      child.once('error', (error) => {
        if (worker === self) worker = null;
        resolve(`could not start the build worker: ${error.message}`);
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
    await stopProcessGroup(target.child);
  };

  /** Between builds: a fresh worker when this one has done enough, so the next build is warm too. */
  const recycleIfWorn = (target: Worker, rssBytes: number, failed: boolean, reuse: boolean): void => {
    if (!failed && reuse && target.builds < maxBuilds && rssBytes < maxRssBytes) return;
    logger.info('replacing the build worker', {
      builds: target.builds,
      rssMb: Math.round(rssBytes / 1024 ** 2),
      afterFailure: failed,
      ...(reuse ? {} : { reason: 'plain full build: no module reuse (astro-internals.ts)' }),
    });
    void stopWorker(target).then(() => {
      if (worker === null) worker = spawnWorker();
    });
  };

  /** The worker's answer of this type to request `id`, or how the worker exited first. */
  const answerOf = (
    target: Worker,
    type: WorkerMessage['type'],
    id: number,
  ): Promise<WorkerMessage | string> =>
    Promise.race([
      new Promise<WorkerMessage>((resolve) => {
        const onMessage = (message: unknown): void => {
          if (isWorkerMessage(message) && message.type === type && 'id' in message && message.id === id) {
            target.child.off('message', onMessage);
            resolve(message);
          }
        };
        target.child.on('message', onMessage);
      }),
      target.exited,
    ]);

  /** Sends a request once the worker is ready; false if it exited first. */
  const post = (target: Worker, request: WorkerRequest): Promise<boolean> =>
    target.ready.then(
      () => {
        target.child.send(request);
        return true;
      },
      () => false,
    );

  const runBuild: RunBuild = async (job) => {
    const current = worker ?? spawnWorker();
    worker = current;
    const control = controlBuild({
      logFile: job.logFile,
      header: `astro build --outDir ${job.outDir} (warm build worker)`,
      timeoutMs: job.timeoutMs,
      signal: job.signal,
      stop: () => void stopWorker(current),
    });
    current.sink = control.output;
    try {
      const id = nextId++;
      const done = answerOf(current, 'done', id);
      pendingPreparation =
        nextBuildDir === undefined
          ? null
          : { id, outDir: nextBuildDir, by: current, answer: answerOf(current, 'prepared', id) };
      // One request per publish: what to build, and where to prepare the next build afterwards.
      await post(current, {
        type: 'build',
        id,
        build: {
          outDir: job.outDir,
          searchIndex: job.searchIndexAfterSwap ? 'after-swap' : 'in-build',
          ...(job.leftOutFile ? { leftOutFile: job.leftOutFile } : {}),
        },
        ...(nextBuildDir === undefined ? {} : { prepareNextIn: nextBuildDir }),
      });
      const result = await done;
      if (typeof result === 'string') return await control.settle(result);
      if (result.type !== 'done') return await control.settle('build worker answered out of turn');
      current.builds += 1;
      recycleIfWorn(current, result.rssBytes, !result.ok, result.reuse);
      return await control.settle(
        result.ok ? null : `site build failed: ${result.error.split('\n')[0] ?? result.error}`,
      );
    } finally {
      current.sink = null;
    }
  };

  const updateSearchIndex = async (siteDir: string): Promise<SearchIndexResult> => {
    try {
      return { ok: true, ...(await searchIndex(siteDir)) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };

  const prepareNextBuild: PrepareNextBuild = async (outDir, signal) => {
    if (signal.aborted) return { ok: false, error: 'stopped before it started' };
    nextBuildDir = outDir;
    const current = worker ?? spawnWorker();
    worker = current;
    // Started by the worker after the last build (it was told where), or asked for now (first
    // time, or that worker was replaced since).
    let preparation =
      pendingPreparation?.outDir === outDir && pendingPreparation.by === current ? pendingPreparation : null;
    pendingPreparation = null;
    if (preparation === null) {
      const id = nextId++;
      preparation = { id, outDir, by: current, answer: answerOf(current, 'prepared', id) };
      void post(current, { type: 'prepare', id, outDir });
    }
    const { id } = preparation;
    const cancel = (): void => {
      if (current.child.connected) current.child.send({ type: 'cancel-prepare', id } satisfies WorkerRequest);
    };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const result = await preparation.answer;
      if (typeof result === 'string') return { ok: false, error: result };
      if (result.type !== 'prepared') return { ok: false, error: 'build worker answered out of turn' };
      return result.ok ? { ok: true } : { ok: false, error: result.error };
    } finally {
      signal.removeEventListener('abort', cancel);
    }
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
