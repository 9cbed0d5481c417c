/**
 * Lighthouse (mobile defaults) on a few URLs, with Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium) started headless once for all of them. Returns the four category scores
 * and, for anything under 100, the audits that cost points.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup } from './cleanup.ts';
import { freePort } from './ports.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type FailingAudit = { category: Category; id: string; title: string; displayValue?: string };
/** What makes a long list slow: main-thread blocking, DOM size and bytes sent (null when not measured). */
export type PageMetrics = {
  totalBlockingTimeMs: number | null;
  domElements: number | null;
  totalBytes: number | null;
};
export type PageScores = {
  url: string;
  /** Why Lighthouse could not score a run (e.g. NO_FCP), if it could not. */
  runtimeError?: string;
  /** Errors of every run that had one. */
  runErrors: string[];
  /** Scores and failing audits of the median run (by performance score). */
  scores: Record<Category, number | null>;
  failing: FailingAudit[];
  /** Of the median run. */
  metrics: PageMetrics;
  /** Performance score of every run: it varies with the machine's load, the others barely do. */
  performanceRuns: Array<number | null>;
  seconds: number;
};

/** One Lighthouse run of one page. */
type AuditRun = Omit<PageScores, 'performanceRuns' | 'seconds' | 'runErrors'>;

const waitForDevtools = async (port: number, timeoutMs = 20_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Chromium did not open its DevTools port ${port}`);
};

type Lhr = {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
    }
  >;
};

const failingAudits = (lhr: Lhr): FailingAudit[] =>
  CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) return [];
      if (['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)) return [];
      // Weighted metrics and pass/fail audits move a score; performance insights say why.
      const insight = category === 'performance' && audit.scoreDisplayMode === 'metricSavings';
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary' && !insight) return [];
      return [
        {
          category,
          id: audit.id,
          title: audit.title,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        },
      ];
    }),
  );

const numeric = (lhr: Lhr, id: string): number | null => {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? Math.round(value) : null;
};

const metricsOf = (lhr: Lhr): PageMetrics => ({
  totalBlockingTimeMs: numeric(lhr, 'total-blocking-time'),
  // Lighthouse 13 counts the elements in its DOM size insight.
  domElements: numeric(lhr, 'dom-size-insight'),
  totalBytes: numeric(lhr, 'total-byte-weight'),
});

const auditOnce = async (url: string, port: number): Promise<AuditRun> => {
  // Loaded when a page is audited: a benchmark run without Lighthouse (and jest) never loads it.
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr as unknown as Lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Record<Category, number | null>;
  return {
    url,
    scores,
    failing: failingAudits(lhr),
    metrics: metricsOf(lhr),
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
};

/** Each page `runsPerPage` times (Lighthouse advises the median of several runs); the median run is kept. */
export const runLighthouse = async (urls: readonly string[], runsPerPage = 3): Promise<PageScores[]> => {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  // Said before the build's figures are lost to a crash: spawn reports a missing browser as an event nobody awaits.
  if (!existsSync(chromePath)) {
    throw new Error(
      `Lighthouse needs Chromium at ${chromePath}: apt-get install -y chromium (or set CHROME_PATH), or run with --no-lighthouse`,
    );
  }
  const port = await freePort(1500);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const removeProfile = onCleanup('the Chromium profile', () =>
    rmSync(profile, { recursive: true, force: true }),
  );
  const chrome = spawn(
    chromePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const stopChrome = onCleanup('Chromium', async () => {
    if (chrome.exitCode !== null || chrome.signalCode !== null) return;
    const exited = new Promise((r) => chrome.once('exit', r));
    chrome.kill('SIGTERM');
    await exited;
  });
  try {
    await waitForDevtools(port);
    const results: PageScores[] = [];
    for (const url of urls) {
      const started = performance.now();
      const runs: Array<AuditRun> = [];
      for (let run = 0; run < runsPerPage; run++) runs.push(await auditOnce(url, port));
      const byPerformance = [...runs].sort(
        (a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1),
      );
      const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
      if (!median) throw new Error(`no Lighthouse run for ${url}`);
      results.push({
        ...median,
        performanceRuns: runs.map((r) => r.scores.performance),
        runErrors: runs.flatMap((r) => (r.runtimeError ? [r.runtimeError] : [])),
        seconds: (performance.now() - started) / 1000,
      });
    }
    return results;
  } finally {
    await stopChrome();
    await removeProfile();
  }
};
