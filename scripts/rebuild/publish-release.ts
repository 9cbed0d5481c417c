/**
 * One build, start to finish: run the build into releases/.building-<id>/, check the output,
 * turn it into a release and swap it live. Whatever happens, the result is a history record;
 * on any failure the live release is untouched and the unfinished output is removed.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { carrySearchIndex, hasSearchIndex } from '@platform/web/build';
import { type RebuildConfig } from './config.ts';
import { REMOVES_CONTENT } from './events.ts';
import {
  activateRelease,
  buildingDir,
  completeRelease,
  liveRelease,
  prepareBuildDir,
  releaseDir,
  releasesDir,
} from './releases.ts';
import { releaseDirProblem } from './disk-errors.ts';
import { leftOutFile, takeLeftOut } from './left-out.ts';
import { type BuildOutcome, type RunBuild } from './run-build.ts';
import { type BuildRecord, type RunningBuild } from './state.ts';
import { verifyRelease } from './verify-release.ts';

export type PublishContext = {
  config: RebuildConfig;
  runBuild: RunBuild;
  now: () => number;
  logsDir: string;
  signal: AbortSignal;
  /** Called with the build's pid once it runs (persisted, to stop an orphan after a crash). */
  onSpawn: (pid: number) => void;
  /**
   * When set (warm build worker), a build may leave the search index out: the live one is
   * carried into the new release and this brings it up to date once the release is live.
   */
  updateSearchIndex?: (siteDir: string) => Promise<{ ok: true } | { ok: false; error: string }>;
  /** Stops filling the next build's folder (next-build.ts) before this build takes it over. */
  stopPreparing?: () => Promise<void>;
  /** The page count a release's own build recorded, if the history still has it. */
  pageCountOf?: (release: string) => number | null;
};

type Ending = Pick<BuildRecord, 'result' | 'live'> &
  Partial<Pick<BuildRecord, 'pageCount' | 'error' | 'logTail' | 'leftOut' | 'leftOutCount'>> & {
    /** The release went live with the previous search index, to be updated now. */
    searchIndexPending?: boolean;
  };

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const buildRecord = (run: RunningBuild, finishedMs: number, ending: Ending): BuildRecord => ({
  kind: 'build',
  number: run.number,
  release: run.release,
  startedAt: run.startedAt,
  finishedAt: new Date(finishedMs).toISOString(),
  durationMs: finishedMs - Date.parse(run.startedAt),
  ...(run.contentFingerprint ? { contentFingerprint: run.contentFingerprint } : {}),
  events: run.events,
  ...ending,
});

const runAndCheck = async (run: RunningBuild, ctx: PublishContext): Promise<Ending> => {
  const { config } = ctx;
  await ctx.stopPreparing?.();
  const outDir = prepareBuildDir(config.dataDir, run.release);
  const liveBefore = liveRelease(config.dataDir);
  const liveBeforeDir = liveBefore === null ? null : releaseDir(config.dataDir, liveBefore);
  const searchIndexAfterSwap =
    ctx.updateSearchIndex !== undefined && liveBeforeDir !== null && hasSearchIndex(liveBeforeDir);
  const leftOutPath = leftOutFile(ctx.logsDir, run.release);
  let outcome: BuildOutcome;
  try {
    outcome = await ctx.runBuild({
      command: config.buildCommand ?? '',
      cwd: config.buildCwd,
      env: config.buildEnv,
      outDir,
      releaseId: run.release,
      logFile: path.join(ctx.logsDir, `${run.release}.log`),
      timeoutMs: config.buildTimeoutMs,
      searchIndexAfterSwap,
      leftOutFile: leftOutPath,
      signal: ctx.signal,
      onSpawn: ctx.onSpawn,
    });
  } catch (error) {
    outcome = {
      ok: false,
      error: `the build could not run: ${errorText(error)}`,
      logTail: [],
      aborted: false,
    };
  }
  // Kept with the record whatever the outcome: a failed build may name the entry it could not do without.
  const leftOut = takeLeftOut(leftOutPath) ?? {};
  if (!outcome.ok) {
    const result = outcome.aborted ? 'interrupted' : 'failed';
    return { result, live: false, error: outcome.error, logTail: outcome.logTail, ...leftOut };
  }
  if (searchIndexAfterSwap && liveBeforeDir !== null) carrySearchIndex(liveBeforeDir, outDir);
  const live = liveRelease(config.dataDir);
  const check = verifyRelease({
    dir: outDir,
    liveDir: live === null ? null : releaseDir(config.dataDir, live),
    livePageCount: live === null ? null : (ctx.pageCountOf?.(live) ?? null),
    minPageRatio: config.minPageRatio,
    allowShrink: run.events.some((e) => REMOVES_CONTENT.has(e.event) || e.allowShrink === true),
  });
  if (!check.ok) {
    return {
      result: 'failed',
      live: false,
      pageCount: check.pageCount,
      error: check.error,
      logTail: outcome.logTail,
      ...leftOut,
    };
  }
  completeRelease(config.dataDir, run.release);
  activateRelease(config.dataDir, run.release);
  return {
    result: 'success',
    live: true,
    pageCount: check.pageCount,
    logTail: outcome.logTail,
    ...leftOut,
    searchIndexPending: searchIndexAfterSwap,
  };
};

/** After the swap: the live release's search index, brought up to date in place. */
const updateLiveSearchIndex = async (
  run: RunningBuild,
  ctx: PublishContext,
): Promise<NonNullable<BuildRecord['searchIndex']>> => {
  const started = ctx.now();
  let result: { ok: true } | { ok: false; error: string };
  try {
    result = (await ctx.updateSearchIndex?.(releaseDir(ctx.config.dataDir, run.release))) ?? { ok: true };
  } catch (error) {
    result = { ok: false, error: errorText(error) };
  }
  const durationMs = ctx.now() - started;
  return result.ok
    ? { result: 'updated', durationMs }
    : {
        result: 'failed',
        durationMs,
        error: `the search index was not updated (search shows the previous publish until the next build): ${result.error}`,
      };
};

export const buildAndPublish = async (run: RunningBuild, ctx: PublishContext): Promise<BuildRecord> => {
  let ending: Ending;
  try {
    ending = await runAndCheck(run, ctx);
  } catch (error) {
    ending = {
      result: 'failed',
      live: false,
      error: `the release could not be published: ${errorText(error)}`,
    };
  }
  if (!ending.live) {
    // Checked before the unfinished output is removed: deleting it may free the space it filled.
    const problem = ending.result === 'failed' ? releaseDirProblem(releasesDir(ctx.config.dataDir)) : null;
    if (problem) ending = { ...ending, error: `${problem}; ${ending.error ?? 'the build failed'}` };
    try {
      rmSync(buildingDir(ctx.config.dataDir, run.release), { recursive: true, force: true });
    } catch {
      // Left for removeUnfinishedBuilds at the next start; the record matters more.
    }
  }
  const { searchIndexPending, ...recorded } = ending;
  const record = buildRecord(run, ctx.now(), recorded);
  const withSearch = searchIndexPending
    ? { ...record, searchIndex: await updateLiveSearchIndex(run, ctx) }
    : record;
  return withSearch;
};
