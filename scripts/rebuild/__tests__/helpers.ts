/** Shared test fixtures: a temp data dir, the fake build wired as the build command, and waiting. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RebuildConfig } from '../config.ts';
import { createMemoryLogger } from '../logger.ts';
import { createRebuildService, type RebuildService, type RebuildServiceOptions } from '../service.ts';

export const SECRET = 'test-webhook-secret-0123456789';
export const FAKE_BUILD = path.join(__dirname, '..', 'testing', 'fake-build.ts');

export type FakeBuildControl = {
  fail?: boolean;
  delayMs?: number;
  pages?: number;
  skip404?: boolean;
  leftOut?: unknown;
};

export type Fixture = {
  root: string;
  dataDir: string;
  config: RebuildConfig;
  control: (c: FakeBuildControl) => void;
  /** Runs of the fake build so far (each run writes a start line). */
  runs: () => number;
  cleanup: () => void;
};

export const makeFixture = (overrides: Partial<RebuildConfig> = {}): Fixture => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rebuild-test-'));
  const controlFile = path.join(root, 'control.json');
  const runsLog = path.join(root, 'runs.log');
  writeFileSync(controlFile, '{}');
  const config: RebuildConfig = {
    serviceHost: '127.0.0.1',
    servicePort: 0,
    siteHost: '127.0.0.1',
    sitePort: 0,
    serveSite: true,
    webhookSecret: SECRET,
    dataDir: path.join(root, 'data'),
    buildCommand: `${JSON.stringify(process.execPath)} ${JSON.stringify(FAKE_BUILD)} ${JSON.stringify(controlFile)}`,
    buildCwd: root,
    webRoot: root,
    buildEnv: { PATH: process.env.PATH },
    buildTimeoutMs: 10_000,
    idleHoldMs: 20,
    quietMs: 50,
    maxWaitMs: 300,
    keepReleases: 5,
    pruneGraceMs: 0,
    stopGraceMs: 2000,
    bodyLimitBytes: 1024 * 1024,
    historyLimit: 50,
    minPageRatio: 0.5,
    scriptSrc: "'self'",
    logLevel: 'debug',
    ...overrides,
  };
  return {
    root,
    dataDir: config.dataDir,
    config,
    control: (c) => writeFileSync(controlFile, JSON.stringify(c)),
    runs: () =>
      existsSync(runsLog)
        ? readFileSync(runsLog, 'utf8')
            .split('\n')
            .filter((l) => l.includes(' start ')).length
        : 0,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
};

/** Creates and starts a service with an in-memory logger; stop it (or use `stopAll`) after the test. */
const started: RebuildService[] = [];
export const startService = async (
  fixture: Fixture,
  options: Omit<RebuildServiceOptions, 'config'> & { config?: Partial<RebuildConfig> } = {},
) => {
  const logger = createMemoryLogger();
  const service = createRebuildService({
    logger,
    ...options,
    config: { ...fixture.config, ...options.config },
  });
  await service.start();
  started.push(service);
  return { service, logger };
};

export const stopAll = async (): Promise<void> => {
  while (started.length > 0) await started.pop()?.stop();
};

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const waitFor = async (check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
};

export const publishEvent = (documentId = 'doc-1') => ({
  event: 'entry.publish',
  createdAt: new Date().toISOString(),
  model: 'article',
  uid: 'api::article.article',
  entry: { id: 1, documentId, locale: 'en', publishedAt: new Date().toISOString() },
});

export const auth = { Authorization: `Bearer ${SECRET}` };

/** A clock the test moves by hand: timers fire only inside advance(), in order. */
export const manualClock = () => {
  let now = Date.UTC(2026, 0, 1, 12);
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number): unknown => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (handle: unknown): void => {
      timers.delete(handle as number);
    },
    advance(ms: number): void {
      const target = now + ms;
      for (;;) {
        const next = [...timers.entries()]
          .filter(([, t]) => t.at <= target)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = target;
    },
  };
};
