/**
 * Runs the real site build (`npm run build` in web/: src/build/cli.mjs --root <copy> --outDir <dir>) against a CMS, measured
 * (lib/process-tree.ts), and reads back what the Strapi loader logged per collection
 * ("news: fetched N changed, D deleted, U unchanged, L left out (full sync, ...)", written by
 * web/src/loaders/strapi/context.ts's formatCounts) and Astro's own timings.
 * It builds from a private copy of web/ (`benchWebRoot`), so its caches are its own: never the
 * running system's (web/node_modules/.astro, web/node_modules/.cache, web/.astro).
 */
import { stripVTControlCharacters } from 'node:util';
import { buildCommandOf, createIsolatedWebRoot } from '../../../web/tests/support/isolated-web-root.ts';
import { onCleanup } from './cleanup.ts';
import { runMeasured, type TimedLine, type TreeRun } from './process-tree.ts';
import { ORIGINAL_ENV } from './throwaway-cms.ts';

export type LoaderCount = {
  collection: string;
  fetched: number;
  deleted: number;
  unchanged: number;
  /** Entries the site could not publish (0 from a loader that does not say). */
  leftOut: number;
  mode: string;
  total: number;
  requests: number;
  seconds: number;
};

export type SiteBuild = TreeRun & { loader: LoaderCount[] };

export type SiteBuildTarget = { cmsUrl: string; buildToken: string; siteUrl: string };

/** A log line without its terminal colours (Astro colours its log when CI is set). */
export const plain = (text: string): string => stripVTControlCharacters(text);

const COUNT_LINE =
  /\b([\w-]+): fetched (\d+) changed, (\d+) deleted, (\d+) unchanged(?:, (\d+) left out)? \((\w+) sync, (\d+) entries .*?(\d+) requests, ([\d.]+) s\)/;

export const parseLoaderCounts = (lines: readonly TimedLine[]): LoaderCount[] =>
  lines.flatMap(({ text }) => {
    const m = COUNT_LINE.exec(plain(text));
    if (!m) return [];
    const [, collection = '', fetched, deleted, unchanged, leftOut, mode = '', total, requests, secs] = m;
    return [
      {
        collection,
        fetched: Number(fetched),
        deleted: Number(deleted),
        unchanged: Number(unchanged),
        leftOut: Number(leftOut ?? 0),
        mode,
        total: Number(total),
        requests: Number(requests),
        seconds: Number(secs),
      },
    ];
  });

/**
 * The environment the build gets: this shell's (never the CMS's secrets) plus the three it needs.
 * The preview's draft token is dropped: the build refuses to start holding it.
 */
export const buildEnv = (target: SiteBuildTarget): Record<string, string | undefined> => ({
  ...ORIGINAL_ENV,
  PREVIEW_API_TOKEN: undefined,
  NODE_ENV: 'production',
  CMS_URL: target.cmsUrl,
  BUILD_API_TOKEN: target.buildToken,
  SITE_URL: target.siteUrl,
  ASTRO_TELEMETRY_DISABLED: '1',
});

/**
 * A private copy of web/ for this benchmark run, with empty caches of its own; removed when the
 * benchmark ends, however it ends (lib/cleanup.ts).
 */
export const benchWebRoot = (): { dir: string; remove: () => Promise<void> } => {
  const root = createIsolatedWebRoot(`bench-web-${process.pid}-`);
  return { dir: root.dir, remove: onCleanup('the copy of the site', root.remove) };
};

export const runSiteBuild = async (
  target: SiteBuildTarget,
  root: string,
  outDir: string,
  options: { force?: boolean; echo?: boolean } = {},
): Promise<SiteBuild> => {
  const args = [
    buildCommandOf(root),
    '--root',
    root,
    '--outDir',
    outDir,
    ...(options.force ? ['--force'] : []),
  ];
  const run = await runMeasured(process.execPath, args, {
    cwd: root,
    env: buildEnv(target),
    echo: options.echo,
  });
  return { ...run, loader: parseLoaderCounts(run.lines) };
};

/** Astro's own timing lines (and ours: loader counts, files, search index), with when each arrived. */
export const timingLines = (lines: readonly TimedLine[]): string[] =>
  lines
    .map(({ atMs, text }) => ({ atMs, text: plain(text).trim() }))
    .filter(({ text }) =>
      /\bin \d+(\.\d+)?m?s\b|Completed|built in|[Ss]ynced|Syncing|fetched \d+ changed|files downloaded|search index|sitemap\.xml|copied \d+|Complete!|generating|optimiz/i.test(
        text,
      ),
    )
    .map(({ atMs, text }) => `+${(atMs / 1000).toFixed(1).padStart(5)} s  ${text}`);

/**
 * The build cut into phases by the log lines that start and end them: start-up (npm, Astro,
 * config), content sync, bundling, page rendering, image optimisation, post-build (CMS files,
 * sitemap, Pagefind) and exit. A phase whose markers are missing is left out.
 */
export const phases = (build: TreeRun): Array<{ name: string; ms: number }> => {
  const texts = build.lines.map(({ text }) => plain(text));
  // Line indexes, not times: several lines often arrive in one chunk with the same time.
  const find = (pattern: RegExp, after = -1): number =>
    texts.findIndex((t, i) => i > after && pattern.test(t));
  const timeOf = (index: number): number | undefined => (index < 0 ? undefined : build.lines[index]?.atMs);
  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/\[content\] Synced content/);
  const routes = find(/generating static routes/);
  const routesDone = routes < 0 ? -1 : find(/✓ Completed in/, routes);
  const images = find(/generating optimized images/);
  const imagesDone = images < 0 ? -1 : find(/✓ Completed in/, images);
  const indexed = find(/search index: \d+ pages/);
  const marks: Array<[string, number | undefined, number | undefined]> = [
    ['start-up (npm, astro, config)', 0, timeOf(syncing)],
    ['content sync', timeOf(syncing), timeOf(synced)],
    ['bundling (vite)', timeOf(synced), timeOf(routes)],
    ['rendering pages', timeOf(routes), timeOf(routesDone)],
    ['optimising images', timeOf(images), timeOf(imagesDone)],
    ['post-build (files, sitemap, Pagefind)', timeOf(imagesDone) ?? timeOf(routesDone), timeOf(indexed)],
    ['exit', timeOf(indexed), build.wallMs],
  ];
  return marks.flatMap(([name, from, to]) =>
    from === undefined || to === undefined ? [] : [{ name, ms: to - from }],
  );
};
