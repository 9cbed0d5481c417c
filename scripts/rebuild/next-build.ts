/**
 * Fills the next build's folder (releases/.prepared/) while the service is idle after a
 * successful build (the warm build worker copies Astro's cached pages into it), so that copy is
 * not on the next publish's path.
 *
 * It never delays a publish: the preparation is DROPPED, not waited for. A build that starts
 * while the folder is being filled first stops the preparation: the worker kills the copy at
 * once (what cannot be interrupted is at most the step in hand, a directory listing or the
 * fingerprints of the copied files: tens of milliseconds at 1,300 pages) and the half-filled
 * folder is set aside and deleted in the background. That build then copies the cached pages
 * itself (web/src/lib/site/incremental-output.ts), as it would without a prepared folder.
 */
import { discardPrepared, preparedDir } from './releases.ts';
import type { Logger } from './logger.ts';

export type PrepareNextBuild = (
  outDir: string,
  signal: AbortSignal,
) => Promise<{ ok: true } | { ok: false; error: string }>;

export type NextBuildPreparation = {
  /** Starts filling the folder in the background (nothing if one is already being filled). */
  start: () => void;
  /** Stops a preparation in progress (its folder is set aside) and resolves once it has stopped. */
  stop: () => Promise<void>;
  /** True while a preparation runs. */
  busy: () => boolean;
};

export const createNextBuildPreparation = ({
  dataDir,
  prepare,
  logger,
  onSettled,
}: {
  dataDir: string;
  /** Absent (a build command instead of the warm worker): nothing is ever prepared. */
  prepare: PrepareNextBuild | undefined;
  logger: Logger;
  /** Told when a preparation has finished or stopped. */
  onSettled: () => void;
}): NextBuildPreparation => {
  let current: { controller: AbortController; done: Promise<void> } | null = null;

  const start = (): void => {
    if (!prepare || current) return;
    const controller = new AbortController();
    const started = Date.now();
    const done = prepare(preparedDir(dataDir), controller.signal)
      .catch((error: unknown) => ({
        ok: false as const,
        error: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => {
        if (result.ok) {
          logger.info('next build prepared', { durationMs: Date.now() - started });
          return;
        }
        // Never taken for a prepared folder by the next build (no marker), but out of its way now.
        discardPrepared(dataDir);
        if (controller.signal.aborted) logger.info('preparation of the next build dropped: a build started');
        else
          logger.warn('the next build could not be prepared; it will copy the cached pages itself', {
            error: result.error,
          });
      })
      .catch((error: unknown) => logger.warn('the next build folder could not be set aside', { error }))
      .finally(() => {
        current = null;
        onSettled();
      });
    current = { controller, done };
  };

  const stop = async (): Promise<void> => {
    const running = current;
    if (!running) return;
    running.controller.abort();
    await running.done;
  };

  return { start, stop, busy: () => current !== null };
};
