/** Everything the rebuild service needs to run; env.ts fills it from the environment, tests build it directly. */
import type { DailyTime } from './daily-schedule.ts';

/** A build in a process of its own: for a one-off build when no warm build worker runs. */
export const COLD_BUILD_COMMAND = 'npm run build -w web -- --outDir {out}';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type RebuildConfig = {
  serviceHost: string;
  servicePort: number;
  siteHost: string;
  sitePort: number;
  /** Whether this service also serves the live release on siteHost:sitePort (off when a web server does). */
  serveSite: boolean;
  /** Bearer secret the CMS webhook and manual triggers must send. */
  webhookSecret: string;
  /** Holds state.json, releases/, logs/ and the `current` symlink. */
  dataDir: string;
  /**
   * Shell command that builds the site into `{out}` (replaced with the release dir, also given as
   * $SITE_OUT_DIR); null: the warm build worker builds `webRoot` (warm-build/warm-builder.ts).
   */
  buildCommand: string | null;
  /** The Astro project the warm build worker builds. */
  webRoot: string;
  buildCwd: string;
  /** Environment for the build process (the service's own, minus its secret). */
  buildEnv: Readonly<Record<string, string | undefined>>;
  buildTimeoutMs: number;
  /** A publish to an idle service is built this long after it arrived. */
  idleHoldMs: number;
  /** Events during a build are built once more, this long after the last one… */
  quietMs: number;
  /** …but never later than this after the first one. */
  maxWaitMs: number;
  keepReleases: number;
  /** Releases younger than this are never pruned (requests may still be reading them). */
  pruneGraceMs: number;
  /** On shutdown a running build gets this long to finish before it is stopped and re-queued. */
  stopGraceMs: number;
  bodyLimitBytes: number;
  historyLimit: number;
  /** A new release with fewer pages than this share of the live one is refused (unless content was removed). */
  minPageRatio: number;
  /** script-src sources for the site's Content-Security-Policy. */
  scriptSrc: string;
  logLevel: LogLevel;
  /**
   * How often the service checks that the site is not behind the CMS (reconcile.ts), and at
   * start; 0 or unset: never. Needs `cms`.
   */
  reconcileIntervalMs?: number;
  /** A build every day at this UK time (daily-schedule.ts); null or unset: none. */
  dailyAt?: DailyTime | null;
  /** The CMS and the build's read-only token, to read what is published (content-fingerprint.ts). */
  cms?: { url: string; token: string };
};
