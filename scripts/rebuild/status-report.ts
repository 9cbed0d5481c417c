/** What GET /status says: enough for an editor to see whether their change is live, and why not. */
import { type AcceptedEvent, type BuildRecord, type HistoryRecord, type ServiceState } from './state.ts';

export const STATUS_HISTORY = 20;

export type ServiceStateName = 'idle' | 'building' | 'queued';

export type StatusReport = {
  state: ServiceStateName;
  /** A build is waiting (after the running one, or for the quiet window to pass). */
  queued: boolean;
  live: { release: string; since: string | null } | null;
  running: { number: number; release: string; startedAt: string; eventCount: number } | null;
  pending: { eventCount: number; firstEventAt: string; lastEventId: number } | null;
  lastSuccess: { number: number; release: string; finishedAt: string } | null;
  lastEventId: number;
  history: HistoryRecord[];
};

const lastOf = (events: AcceptedEvent[]) => events.at(-1);

/** When the live release went live: the build or rollback that last made it current. */
const liveSince = (history: HistoryRecord[], release: string): string | null => {
  for (const record of history) {
    if (record.kind === 'rollback' && record.to === release) return record.at;
    if (record.kind === 'build' && record.live && record.release === release) return record.finishedAt;
  }
  return null;
};

export const statusReport = (
  state: ServiceState,
  live: string | null,
  { includeLogs }: { includeLogs: boolean },
): StatusReport => {
  const builds = state.history.filter((r): r is BuildRecord => r.kind === 'build');
  const lastSuccess = builds.find((b) => b.result === 'success');
  const pendingFirst = state.pending[0];
  return {
    state: state.running ? 'building' : state.pending.length > 0 ? 'queued' : 'idle',
    queued: state.pending.length > 0,
    live: live === null ? null : { release: live, since: liveSince(state.history, live) },
    running: state.running && {
      number: state.running.number,
      release: state.running.release,
      startedAt: state.running.startedAt,
      eventCount: state.running.events.length,
    },
    pending: pendingFirst
      ? {
          eventCount: state.pending.length,
          firstEventAt: pendingFirst.receivedAt,
          lastEventId: lastOf(state.pending)?.id ?? pendingFirst.id,
        }
      : null,
    lastSuccess: lastSuccess
      ? { number: lastSuccess.number, release: lastSuccess.release, finishedAt: lastSuccess.finishedAt }
      : null,
    lastEventId: state.nextEventId - 1,
    // Build logs can name internal hosts and paths: only callers holding the secret see them.
    history: state.history
      .slice(0, STATUS_HISTORY)
      .map((r) => (r.kind === 'build' && !includeLogs ? { ...r, logTail: undefined } : r)),
  };
};
