/**
 * The real rebuild service (scripts/rebuild/main.ts) as a child process for a benchmark: its
 * API (webhook, trigger, status) and site listener on free ports, a temporary data dir, the
 * default build command (`npm run build -w web -- --outDir {out}`). Stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StatusReport } from '../../rebuild/status-report.ts';
import { freePort } from './ports.ts';
import { buildEnv, type SiteBuildTarget } from './site-build.ts';
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
  /** The service's log lines (JSON), for diagnosing a failure. */
  logs: string[];
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const waitForHealth = async (apiUrl: string, child: ChildProcess, logs: string[]): Promise<void> => {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the rebuild service exited: ${logs.slice(-5).join(' | ')}`);
    try {
      if ((await fetch(`${apiUrl}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error('the rebuild service did not answer /health within 30 s');
};

export const startRebuildService = async (
  target: Omit<SiteBuildTarget, 'siteUrl'>,
  settings: Record<string, string> = {},
): Promise<RunningRebuildService> => {
  const apiPort = await freePort();
  const sitePort = await freePort();
  const secret = `bench-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-secret`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-rebuild-'));
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
    REBUILD_LOG_LEVEL: 'info',
    ...settings,
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'rebuild', 'main.ts')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => logs.push(...chunk.split('\n').filter(Boolean)));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForHealth(apiUrl, child, logs);

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
    logs,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
