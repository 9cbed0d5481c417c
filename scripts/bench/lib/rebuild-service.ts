/**
 * The real rebuild service (scripts/rebuild/main.ts) as a child process for a benchmark: its
 * API (webhook, trigger, status) and site listener on free ports, a temporary data dir, and the
 * warm build worker building a private copy of web/ (REBUILD_WEB_ROOT), so the benchmark never
 * touches the running system's caches. Stopped with SIGTERM (it stops its worker), also when the
 * benchmark fails or is stopped (lib/cleanup.ts); a start that fails stops what it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StatusReport } from '../../rebuild/status-report.ts';
import { onCleanup } from './cleanup.ts';
import { freePort } from './ports.ts';
import { stopGroup } from './process-tree.ts';
import { benchWebRoot, buildEnv, type SiteBuildTarget } from './site-build.ts';
import { REPO_ROOT } from './throwaway-cms.ts';

export type RunningRebuildService = {
  apiUrl: string;
  siteUrl: string;
  webhookUrl: string;
  secret: string;
  status: () => Promise<StatusReport>;
  /** A build by hand (POST /trigger). */
  trigger: (note: string) => Promise<void>;
  /** Resolves once nothing is building or queued (polled every 100 ms). */
  waitIdle: (timeoutMs?: number) => Promise<StatusReport>;
  /**
   * Resolves once the service has filled the next build's folder after its last build (or given
   * up on it), as it has long done between an editor's publishes; the ms waited, or null if it
   * did not settle within `timeoutMs`.
   */
  waitPrepared: (timeoutMs?: number) => Promise<number | null>;
  /** The service's log lines (JSON), for diagnosing a failure. */
  logs: string[];
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A poll that took longer than this counts as this long: the rest was this process stalled. */
const POLL_COUNTS_AT_MOST_MS = 1000;

/**
 * Waits for GET /health. The time limit counts only the time this process could actually poll:
 * right after the in-process CMS has written thousands of entries this process may be stalled
 * for tens of seconds (the service itself listening all along), and the poll after such a stall
 * must still get its chance. The service's own `listening` line settles it sooner.
 */
const waitForHealth = async (
  apiUrl: string,
  child: ChildProcess,
  logs: string[],
  timeoutMs: number,
): Promise<void> => {
  let counted = 0;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the rebuild service exited: ${logs.slice(-5).join(' | ')}`);
    }
    const started = performance.now();
    try {
      const res = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // Not listening yet, or this process was too busy to hear the answer.
    }
    await sleep(100);
    counted += Math.min(performance.now() - started, POLL_COUNTS_AT_MOST_MS);
    if (counted >= timeoutMs) {
      const listening = logs.some((line) => line.includes('"listening"'));
      throw new Error(
        `the rebuild service did not answer /health within ${timeoutMs / 1000} s of polling ` +
          `(${listening ? 'it logged "listening"' : 'it never logged "listening"'}): ${logs.slice(-5).join(' | ')}`,
      );
    }
  }
};

export const startRebuildService = async (
  target: Omit<SiteBuildTarget, 'siteUrl'>,
  settings: Record<string, string> = {},
  {
    healthTimeoutMs = 60_000,
    keepBuildLogsIn,
  }: {
    healthTimeoutMs?: number;
    /** A folder the builds' own logs (Astro's timings) are copied into when the service is removed. */
    keepBuildLogsIn?: string;
  } = {},
): Promise<RunningRebuildService> => {
  const apiPort = await freePort();
  const sitePort = await freePort();
  const secret = `bench-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-secret`;
  const webRoot = benchWebRoot();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-rebuild-'));
  const removeDataDir = onCleanup('the rebuild data folder', () => {
    if (keepBuildLogsIn && existsSync(path.join(dataDir, 'logs'))) {
      rmSync(keepBuildLogsIn, { recursive: true, force: true });
      cpSync(path.join(dataDir, 'logs'), keepBuildLogsIn, { recursive: true });
      console.log(`build logs: ${keepBuildLogsIn}`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const env = {
    ...buildEnv({ ...target, siteUrl }),
    WEBHOOK_SECRET: secret,
    REBUILD_HOST: '127.0.0.1',
    REBUILD_PORT: String(apiPort),
    SITE_HOST: '127.0.0.1',
    SITE_PORT: String(sitePort),
    REBUILD_DATA_DIR: dataDir,
    REBUILD_WEB_ROOT: webRoot.dir,
    REBUILD_LOG_LEVEL: 'info',
    ...settings,
  };
  // Its own process group: a Ctrl-C in the terminal reaches the benchmark only, which then stops
  // the service once, with one SIGTERM (a second signal would make it exit without its worker).
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'rebuild', 'main.ts')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // Its shutdown lets a running build finish (REBUILD_STOP_GRACE_MS, 5 s), then stops its worker.
  const stopService = onCleanup('the rebuild service', () => stopGroup(child, exited, 15_000));
  const logs: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => logs.push(...chunk.split('\n').filter(Boolean)));
  }
  const stop = async (): Promise<void> => {
    await stopService();
    await removeDataDir();
    await webRoot.remove();
  };
  try {
    await waitForHealth(apiUrl, child, logs, healthTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }

  const auth = { Authorization: `Bearer ${secret}` };
  const status = async (): Promise<StatusReport> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${apiUrl}/status`, { headers: auth });
        if (!res.ok) throw new Error(`GET /status answered ${res.status}`);
        return (await res.json()) as StatusReport;
      } catch (error) {
        // A dropped connection is noted and retried; the service answering an error is not.
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        if (attempt >= 5 || cause === undefined) throw error;
        console.log(`  (GET /status failed: ${cause.code ?? cause.message}; retrying)`);
        await sleep(200);
      }
    }
  };
  return {
    apiUrl,
    siteUrl,
    webhookUrl: `${apiUrl}/webhook`,
    secret,
    status,
    trigger: async (note) => {
      const res = await fetch(`${apiUrl}/trigger`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ note }),
      });
      if (res.status >= 300) throw new Error(`POST /trigger answered ${res.status}: ${await res.text()}`);
    },
    waitIdle: async (timeoutMs = 10 * 60_000) => {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const report = await status();
        if (report.state === 'idle') return report;
        await sleep(100);
      }
      throw new Error(`the rebuild service was still busy after ${timeoutMs / 1000} s`);
    },
    waitPrepared: async (timeoutMs = 120_000) => {
      const started = Date.now();
      const settled = (): boolean => {
        const lastBuild = logs.findLastIndex((line) => line.includes('"msg":"build published"'));
        return logs
          .slice(lastBuild + 1)
          .some((line) => /"msg":"(next build prepared|the next build could not be prepared)/.test(line));
      };
      while (Date.now() - started < timeoutMs) {
        if (settled()) return Date.now() - started;
        await sleep(100);
      }
      return null;
    },
    logs,
    stop,
  };
};
