/**
 * The rebuild service's one view of its environment, validated with zod. Nothing else in
 * scripts/rebuild reads process.env: a bad or missing setting is reported once, by name.
 */
import path from 'node:path';
import { z } from 'zod';
import { type RebuildConfig } from './config.ts';
import { dailyAtSchema } from './daily-schedule.ts';
import { DEFAULT_SCRIPT_SRC } from './security-headers.ts';

type Env = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /tobemodified|changeme|change-me|replace|placeholder|example/i;
const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const ms = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
/** `true`/`false` (also 1/0, yes/no); anything else is refused rather than guessed. */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  REBUILD_HOST: z.string().min(1).default('127.0.0.1'),
  REBUILD_PORT: port(4322),
  SITE_HOST: z.string().min(1).default('127.0.0.1'),
  SITE_PORT: port(4321),
  // `false` when a web server (nginx) serves REBUILD_DATA_DIR/current instead of this service.
  REBUILD_SERVE_SITE: flag(true),
  WEBHOOK_SECRET: z
    .string({ error: 'WEBHOOK_SECRET is required (the bearer secret the CMS webhook sends)' })
    .trim()
    .min(16, 'WEBHOOK_SECRET must be at least 16 characters')
    .refine((v) => !PLACEHOLDER.test(v), 'WEBHOOK_SECRET is still a placeholder value'),
  REBUILD_DATA_DIR: optionalText,
  // Unset: the warm build worker (warm-build/). Set: a shell command per build, where `{out}` is
  // replaced with the (shell-quoted) release directory, also passed as $SITE_OUT_DIR.
  REBUILD_COMMAND: optionalText,
  // The site the warm build worker builds (default web/), with its caches in <root>/node_modules
  // and <root>/.astro: benchmarks and tests point it at a private copy, never at web/.
  REBUILD_WEB_ROOT: optionalText,
  REBUILD_IDLE_HOLD_MS: ms(150),
  REBUILD_QUIET_MS: ms(1000),
  REBUILD_MAX_WAIT_MS: ms(5000),
  REBUILD_KEEP_RELEASES: z.coerce.number().int().min(1).default(5),
  REBUILD_BUILD_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(10 * 60 * 1000),
  REBUILD_PRUNE_GRACE_MS: ms(5 * 60 * 1000),
  REBUILD_STOP_GRACE_MS: ms(5000),
  REBUILD_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  REBUILD_MIN_PAGE_RATIO: z.coerce.number().min(0).max(1).default(0.5),
  SITE_CSP_SCRIPT_SRC: z.string().trim().min(1).default(DEFAULT_SCRIPT_SRC),
  REBUILD_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // At start and this often, a build if what the CMS publishes differs from what the site was
  // built from (a webhook that never arrived); 0 turns it off.
  REBUILD_RECONCILE_INTERVAL_MS: ms(60_000),
  // A build every day at this UK time (events move to the archive); `off`: none.
  REBUILD_DAILY_AT: dailyAtSchema,
  // The CMS and the read-only token the site build reads it with (the build reads them too).
  CMS_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? DEFAULT_CMS_URL : v))
    .default(DEFAULT_CMS_URL)
    .pipe(z.url({ protocol: /^https?$/, error: 'CMS_URL must be an http(s) URL' }))
    .transform((v) => v.replace(/\/+$/, '')),
  BUILD_API_TOKEN: optionalText,
});

export class RebuildEnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The rebuild service cannot start: ${problems.join('; ')}.`);
    this.name = 'RebuildEnvError';
    this.problems = problems;
  }
}

/** Variables the build process must not see (the preview's are the draft preview server's alone). */
const HIDDEN_FROM_BUILD = ['WEBHOOK_SECRET', 'PREVIEW_API_TOKEN', 'PREVIEW_SECRET'];

export const parseRebuildEnv = (env: Env, repoRoot: string): RebuildConfig => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new RebuildEnvError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  const v = parsed.data;
  if (v.REBUILD_MAX_WAIT_MS < v.REBUILD_QUIET_MS) {
    throw new RebuildEnvError(['REBUILD_MAX_WAIT_MS must not be shorter than REBUILD_QUIET_MS']);
  }
  const buildEnv: Record<string, string | undefined> = { ...env };
  for (const name of HIDDEN_FROM_BUILD) delete buildEnv[name];
  return {
    serviceHost: v.REBUILD_HOST,
    servicePort: v.REBUILD_PORT,
    siteHost: v.SITE_HOST,
    sitePort: v.SITE_PORT,
    serveSite: v.REBUILD_SERVE_SITE,
    webhookSecret: v.WEBHOOK_SECRET,
    dataDir: path.resolve(repoRoot, v.REBUILD_DATA_DIR ?? '.data/site'),
    buildCommand: v.REBUILD_COMMAND ?? null,
    webRoot: path.resolve(repoRoot, v.REBUILD_WEB_ROOT ?? 'web'),
    buildCwd: repoRoot,
    buildEnv,
    buildTimeoutMs: v.REBUILD_BUILD_TIMEOUT_MS,
    idleHoldMs: v.REBUILD_IDLE_HOLD_MS,
    quietMs: v.REBUILD_QUIET_MS,
    maxWaitMs: v.REBUILD_MAX_WAIT_MS,
    keepReleases: v.REBUILD_KEEP_RELEASES,
    pruneGraceMs: v.REBUILD_PRUNE_GRACE_MS,
    stopGraceMs: v.REBUILD_STOP_GRACE_MS,
    bodyLimitBytes: v.REBUILD_BODY_LIMIT_BYTES,
    historyLimit: 50,
    minPageRatio: v.REBUILD_MIN_PAGE_RATIO,
    scriptSrc: v.SITE_CSP_SCRIPT_SRC,
    logLevel: v.REBUILD_LOG_LEVEL,
    reconcileIntervalMs: v.REBUILD_RECONCILE_INTERVAL_MS,
    dailyAt: v.REBUILD_DAILY_AT,
    ...(v.BUILD_API_TOKEN ? { cms: { url: v.CMS_URL, token: v.BUILD_API_TOKEN } } : {}),
  };
};

/** The configuration from this process's environment. */
export const loadRebuildConfig = (repoRoot: string): RebuildConfig => parseRebuildEnv(process.env, repoRoot);
