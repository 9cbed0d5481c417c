/**
 * Whether the site is behind the CMS: the decision of one reconcile round. A webhook the CMS
 * could not deliver (a network blip, a timeout, the service restarting) is never sent again, so
 * the service compares, at start and on a timer, the fingerprint of what is published now
 * (content-fingerprint.ts) with the one read just before the newest successful build started.
 *
 * - Equal: the site was built from what is published (a rollback since does not change that:
 *   content published before it is not built again until something changes).
 * - Different: build, unless builds of exactly this content already failed since; then retry
 *   after the interval, doubling with each failure up to an hour, so a build that fails every
 *   time (e.g. the page-count guard) is retried, but never in a loop.
 */
import { type BuildRecord, type HistoryRecord } from './state.ts';

export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

export type ReconcileDecision = { build: boolean; reason: string };

export type ReconcileInput = {
  /** The fingerprint of what the CMS publishes now. */
  fingerprint: string;
  /** The service's history, newest first. */
  history: readonly HistoryRecord[];
  now: number;
  intervalMs: number;
};

export const retryDelayMs = (intervalMs: number, failures: number): number =>
  Math.min(intervalMs * 2 ** Math.max(0, failures - 1), Math.max(intervalMs, MAX_RETRY_DELAY_MS));

export const reconcileDecision = ({
  fingerprint,
  history,
  now,
  intervalMs,
}: ReconcileInput): ReconcileDecision => {
  const builds = history.filter((r): r is BuildRecord => r.kind === 'build');
  const lastSuccess = builds.find((b) => b.result === 'success');
  if (lastSuccess?.contentFingerprint === fingerprint) {
    return {
      build: false,
      reason: `the site was built from what is published (build #${lastSuccess.number})`,
    };
  }
  const failedOnThis: BuildRecord[] = [];
  for (const b of builds) {
    if (b.result === 'success') break;
    if (b.result === 'failed' && b.contentFingerprint === fingerprint) failedOnThis.push(b);
  }
  const changed = lastSuccess
    ? `published content changed since build #${lastSuccess.number}`
    : 'no build of the published content has succeeded yet';
  const [lastFailure] = failedOnThis;
  if (!lastFailure) return { build: true, reason: changed };
  const delay = retryDelayMs(intervalMs, failedOnThis.length);
  const retryAt = Date.parse(lastFailure.finishedAt) + delay;
  const tries = `${failedOnThis.length} build${failedOnThis.length === 1 ? '' : 's'} of it failed, the last #${lastFailure.number}`;
  return now >= retryAt
    ? { build: true, reason: `${changed}; retrying (${tries})` }
    : { build: false, reason: `${changed}; ${tries}: next try at ${new Date(retryAt).toISOString()}` };
};
