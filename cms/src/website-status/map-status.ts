/**
 * Maps the rebuild service's /status answer to what editors see. Pure: the time is passed in.
 */
import { explainFailure, firstLine } from './explain-failure';
import { leftOutOf, type DescribeType } from './left-out';
import { type RebuildHistoryRecord, type RebuildReport, rebuildReportSchema } from './rebuild-report';
import { type WebsiteFailure, type WebsiteStatus } from './website-status';

type FinishedBuild = { kind: 'build'; finishedAt: string; result: 'success' | 'failed'; error?: string };

const isFinishedBuild = (r: RebuildHistoryRecord): r is FinishedBuild =>
  r.kind === 'build' && 'result' in r && (r.result === 'success' || r.result === 'failed');

/**
 * The failure editors should hear about: the newest finished build, if it failed and nothing
 * (a later success or a rollback by an operator) has settled the site since.
 */
const latestFailure = (report: RebuildReport): WebsiteFailure | null => {
  const decisive = report.history.find((r) => isFinishedBuild(r) || r.kind === 'rollback');
  if (!decisive || !isFinishedBuild(decisive) || decisive.result !== 'failed') return null;
  return {
    message: explainFailure(decisive.error, report.live !== null),
    details: firstLine(decisive.error ?? 'no reason was recorded'),
    failedAt: decisive.finishedAt,
  };
};

const UPDATING = 'The website is being updated with the latest changes. This usually takes a minute or two.';
const MORE_WAITING = ' More changes are waiting and will follow straight after.';

/** The status of a service that did not answer usefully: shown, never an error page. */
export const unknownStatus = (message: string, now: Date): WebsiteStatus => ({
  state: 'unknown',
  message,
  lastSuccessAt: null,
  lastError: null,
  currentRelease: null,
  updateStartedAt: null,
  moreChangesWaiting: false,
  leftOut: [],
  leftOutCount: 0,
  checkedAt: now.toISOString(),
});

export const UNREADABLE_ANSWER =
  'The website service gave an answer the CMS could not understand, so the state of the website is not known.';

/** Without the CMS's content types (tests, an unknown type): the type's uid, no edit link. */
const noTypes: DescribeType = () => undefined;

export const leftOutMessage = (count: number): string =>
  count === 1
    ? 'The website is up to date, except for 1 entry that was left out because something in it needs fixing (listed below).'
    : `The website is up to date, except for ${count} entries that were left out because something in them needs fixing (listed below).`;

export const toWebsiteStatus = (
  answer: unknown,
  now: Date,
  describeType: DescribeType = noTypes,
): WebsiteStatus => {
  const parsed = rebuildReportSchema.safeParse(answer);
  if (!parsed.success) return unknownStatus(UNREADABLE_ANSWER, now);
  const report = parsed.data;
  const lastError = latestFailure(report);
  const moreChangesWaiting = report.state === 'building' && report.queued === true;
  const base = {
    lastSuccessAt: report.lastSuccess?.finishedAt ?? null,
    lastError,
    currentRelease: report.live?.release ?? null,
    updateStartedAt: report.running?.startedAt ?? null,
    moreChangesWaiting,
    ...leftOutOf(report, describeType),
    checkedAt: now.toISOString(),
  };
  if (report.state === 'building') {
    return { ...base, state: 'updating', message: UPDATING + (moreChangesWaiting ? MORE_WAITING : '') };
  }
  if (report.state === 'queued') {
    return {
      ...base,
      state: 'queued',
      message: 'Changes are waiting. The website update will start shortly.',
    };
  }
  if (lastError) return { ...base, state: 'failed', message: lastError.message };
  if (report.live === null) {
    return { ...base, state: 'unknown', message: 'The website has not been published yet.' };
  }
  if (base.leftOutCount > 0) return { ...base, state: 'live', message: leftOutMessage(base.leftOutCount) };
  return { ...base, state: 'live', message: 'The website is up to date with everything published.' };
};
