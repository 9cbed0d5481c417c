/**
 * Runs the real site build (`npm run build`: `astro build` with its sitemap and CMS-file steps, then Pagefind) as a
 * child process, the way the rebuild service does. Asynchronous on purpose: the CMS it reads
 * from may be running in this very process and must keep answering.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { buildCommandOf, createIsolatedWebRoot, type WebRoot } from './isolated-web-root';

export type SiteBuildOptions = {
  cmsUrl: string;
  token: string;
  /** The public address the site is built for (canonical links, sitemap, RSS). */
  siteUrl: string;
  outDir: string;
  /** Build from this copy of the site (kept, with its caches) instead of a fresh, removed one. */
  root?: WebRoot;
  /** Where the build writes the entries it left out (SITE_LEFT_OUT_FILE), as the rebuild service asks. */
  leftOutFile?: string;
  /** More build settings, e.g. SITE_BUILD_NOW (the moment the build takes as now). */
  env?: Readonly<Record<string, string>>;
};

/** The environment the build sees: this process's, minus the test runner's NODE_ENV. */
const buildEnvironment = (options: SiteBuildOptions): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  CMS_URL: options.cmsUrl,
  BUILD_API_TOKEN: options.token,
  // A test CMS in this process put the preview's token in the environment: the build refuses it.
  PREVIEW_API_TOKEN: '',
  SITE_URL: options.siteUrl,
  SITE_LEFT_OUT_FILE: options.leftOutFile ?? '',
  ...options.env,
});

const MAX_LOG_CHARS = 200_000;

/**
 * Runs the build; resolves with the end of its log, as plain text. Astro's logger colours its
 * output when `CI` is set (picocolors), even into a pipe: the escape codes are taken out here so
 * tests read the same log on a developer's machine and in CI.
 */
export const buildSite = async (options: SiteBuildOptions): Promise<string> => {
  const root = options.root ?? createIsolatedWebRoot();
  try {
    const args = [buildCommandOf(root.dir), '--root', root.dir, '--outDir', options.outDir];
    const child = spawn(process.execPath, args, {
      cwd: root.dir,
      env: buildEnvironment(options),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-MAX_LOG_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    const plain = stripVTControlCharacters(log);
    if (code !== 0) throw new Error(`The site build exited with ${String(code)}:\n${plain}`);
    return plain;
  } finally {
    if (!options.root) root.remove();
  }
};
