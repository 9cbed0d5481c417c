/**
 * The rebuild service as a child process (node scripts/rebuild/main.ts, as operators run it) and
 * the calls a drill makes to it: trigger a build, read /status, wait for a build's outcome.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startChild, type Child } from '../../support/processes';
import { until, waitForHttp } from '../../support/wait';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export type BuildRecord = {
  kind: 'build';
  number: number;
  release: string;
  result: 'success' | 'failed' | 'interrupted';
  live: boolean;
  durationMs: number;
  error?: string;
  logTail?: string[];
};

export type Status = {
  state: string;
  live: { release: string } | null;
  running: { number: number; release: string } | null;
  history: Array<BuildRecord | { kind: 'rollback' }>;
};

/** A build record as a failure message: the result, the error and the end of its log. */
export const explainBuild = (record: BuildRecord): string =>
  `build #${record.number}: ${record.result}${record.error ? ` (${record.error})` : ''}\n` +
  (record.logTail ?? []).slice(-30).join('\n');

export type RebuildSettings = {
  apiPort: number;
  sitePort: number;
  dataDir: string;
  /** Anything else: REBUILD_COMMAND, CMS_URL, BUILD_API_TOKEN, SITE_URL… */
  extra?: Record<string, string>;
  /** Run the service as this user (uid, gid), e.g. nobody. */
  user?: { uid: number; gid: number };
};

export type RebuildProcess = Child & {
  apiUrl: string;
  /** The bearer secret of its API. */
  secret: string;
  siteUrl: string;
  dataDir: string;
  /** POST /trigger; resolves with the accepted event id. */
  trigger: (note: string) => Promise<number>;
  status: () => Promise<Status>;
  /** Waits until the first build numbered above `after` has finished, and returns its record. */
  waitForBuild: (after: number, timeoutMs: number) => Promise<BuildRecord>;
  /** Waits until a build numbered above `after` is running, and returns it. */
  waitForRunning: (after: number, timeoutMs: number) => Promise<{ number: number; release: string }>;
  /** The number of the newest build so far (0 before the first). */
  lastBuildNumber: () => Promise<number>;
};

export const startRebuild = async (settings: RebuildSettings): Promise<RebuildProcess> => {
  const secret = randomBytes(24).toString('hex');
  const apiUrl = `http://127.0.0.1:${settings.apiPort}`;
  const siteUrl = `http://127.0.0.1:${settings.sitePort}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ASTRO_TELEMETRY_DISABLED: '1',
    WEBHOOK_SECRET: secret,
    REBUILD_HOST: '127.0.0.1',
    REBUILD_PORT: String(settings.apiPort),
    SITE_HOST: '127.0.0.1',
    SITE_PORT: String(settings.sitePort),
    REBUILD_DATA_DIR: settings.dataDir,
    REBUILD_QUIET_MS: '100',
    REBUILD_MAX_WAIT_MS: '500',
    REBUILD_PRUNE_GRACE_MS: '0',
    // The drills start every build themselves and count them; reconcile rounds would add their own.
    REBUILD_RECONCILE_INTERVAL_MS: '0',
    ...settings.extra,
  };
  const child = startChild('rebuild', process.execPath, [path.join(ROOT, 'scripts/rebuild/main.ts')], {
    cwd: ROOT,
    env,
    ...(settings.user ?? {}),
  });
  try {
    await waitForHttp(`${apiUrl}/health`, 30_000, child);
  } catch (error) {
    await child.kill();
    throw error;
  }
  const auth = { Authorization: `Bearer ${secret}` };

  const status = async (): Promise<Status> => {
    const response = await fetch(`${apiUrl}/status`, { headers: auth });
    if (!response.ok) throw new Error(`GET /status: HTTP ${response.status}`);
    return (await response.json()) as Status;
  };
  const builds = (s: Status): BuildRecord[] => s.history.filter((r): r is BuildRecord => r.kind === 'build');
  const lastBuildNumber = async (): Promise<number> => builds(await status())[0]?.number ?? 0;

  return {
    ...child,
    apiUrl,
    secret,
    siteUrl,
    dataDir: settings.dataDir,
    status,
    lastBuildNumber,
    trigger: async (note) => {
      const response = await fetch(`${apiUrl}/trigger`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ note }),
      });
      const body = (await response.json()) as { eventId?: number };
      if (response.status !== 202 || body.eventId === undefined) {
        throw new Error(`POST /trigger: HTTP ${response.status} ${JSON.stringify(body)}`);
      }
      return body.eventId;
    },
    waitForRunning: (after, timeoutMs) =>
      until(
        `a build after #${after} to start`,
        async () => {
          const { running } = await status();
          return running !== null && running.number > after ? running : undefined;
        },
        timeoutMs,
        20,
      ),
    waitForBuild: (after, timeoutMs) =>
      until(
        `a build after #${after} to finish`,
        async () => {
          const s = await status();
          return builds(s)
            .filter((b) => b.number > after)
            .at(-1);
        },
        timeoutMs,
        200,
      ),
  };
};
