/**
 * Site build benchmark (issue 3). Starts a throw-away CMS, fills it with N news articles and M
 * resources (plus the demo seed), then runs the real site build and prints: full build time (fresh
 * content cache), incremental build time after one title edit, entries fetched each time (from
 * the loader's log lines), pages per second, output size, peak memory of the build's process tree,
 * and Lighthouse scores (mobile) for the home page, an article, the resources page, the directory
 * and the events page served with the production site handler, each with its total blocking time
 * and DOM element count. Targets: full build of 1,000 + 300 under 20 s on 2 cores (at 10,000 +
 * 2,000: 45 s, 1.5 GB, a 5 s content sync and 3 s of start-up, issue 13); the incremental sync
 * fetches only what changed; Lighthouse 100 in every category (the directory also with 500
 * services: --services 500).
 *
 * Run: node scripts/bench/site-build.ts [--news 1000] [--resources 300] [--services 0] [--no-lighthouse] [--lighthouse-runs 3] [--echo]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasFlag, numberFlag } from './lib/args.ts';
import { ARTICLE_UID, articleSlug, documentsOf, fillCms } from './lib/bench-content.ts';
import { onCleanup, runBenchmark } from './lib/cleanup.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import { machineLine } from './lib/machine.ts';
import { outputSize } from './lib/output-size.ts';
import { freePort } from './lib/ports.ts';
import { serveSite } from './lib/serve-site.ts';
import { benchWebRoot, phases, plain, runSiteBuild, timingLines, type SiteBuild } from './lib/site-build.ts';
import { megabytes, seconds } from './lib/stats.ts';
import { startThrowawayCms, type ThrowawayCms } from './lib/throwaway-cms.ts';

const NEWS = numberFlag('news', 1000);
const RESOURCES = numberFlag('resources', 300);
/** More directory services beside the demo's (copies of them), e.g. 500 for the directory's Lighthouse. */
const SERVICES = numberFlag('services', 0);
const LIGHTHOUSE = !hasFlag('no-lighthouse');
const LIGHTHOUSE_RUNS = Math.max(1, numberFlag('lighthouse-runs', 3));
const ECHO = hasFlag('echo');
/**
 * Issue 3's target at 1,000 + 300 entries; at 12,000 (10,000 + 2,000) issue 13's, which also
 * bounds memory, the full content sync and the start-up before it.
 */
const AT_SCALE = NEWS + RESOURCES >= 12_000;
const TARGET_FULL_MS = AT_SCALE ? 45_000 : 20_000;
const SCALE_TARGETS = AT_SCALE ? { treeRssBytes: 1.5 * 1024 ** 3, syncMs: 5_000, startUpMs: 3_000 } : null;
const verdict = (value: number, target: number): string => (value <= target ? 'met' : 'MISSED');

/** Astro's own page count ("[build] 1342 page(s) built in 9.87s"). */
const astroPages = (build: SiteBuild): { pages: number; renderSeconds: number } | undefined => {
  for (const { text } of build.lines) {
    const m = /(\d+) page\(s\) built in ([\d.]+)s/.exec(plain(text));
    if (m) return { pages: Number(m[1]), renderSeconds: Number(m[2]) };
  }
  return undefined;
};

/**
 * Astro's image lines ("▶ /_astro/x.webp (before: …) (+20ms) (3/58)", "(reused cache entry)", or
 * "(revalidated cache entry)" when the CMS answered 304 to the conditional request).
 */
const imageCounts = (build: SiteBuild): { total: number; reused: number; revalidated: number } => {
  const lines = build.lines.map(({ text }) => plain(text)).filter((t) => /▶ \/_astro\//.test(t));
  return {
    total: lines.length,
    reused: lines.filter((t) => t.includes('reused cache entry')).length,
    revalidated: lines.filter((t) => t.includes('revalidated cache entry')).length,
  };
};

const fetchedSummary = (build: SiteBuild): string => {
  const total = build.loader.reduce((n, c) => n + c.fetched, 0);
  const unchanged = build.loader.reduce((n, c) => n + c.unchanged, 0);
  const deleted = build.loader.reduce((n, c) => n + c.deleted, 0);
  const modes = [...new Set(build.loader.map((c) => c.mode))].join('/');
  return `${total} fetched, ${deleted} deleted, ${unchanged} unchanged (${modes} sync, ${build.loader.length} collections)`;
};

const report = (label: string, build: SiteBuild, outDir: string): void => {
  const astro = astroPages(build);
  const size = outputSize(outDir);
  const pages = astro?.pages ?? size.htmlPages;
  console.log(`\n${label}`);
  console.log(
    `  time: ${seconds(build.wallMs)} (the whole build command, \`astro build\` then the search index; exit ${build.code})`,
  );
  console.log(
    `  pages: ${pages} (${(pages / (build.wallMs / 1000)).toFixed(0)} pages/s over the whole build` +
      (astro ? `; Astro rendered them in ${astro.renderSeconds.toFixed(2)} s` : '') +
      ')',
  );
  console.log(`  entries: ${fetchedSummary(build)}`);
  const copied = build.lines.filter(({ text }) => /\((cached|restored)\)/.test(plain(text))).length;
  console.log(`  pages copied from the last build (Astro incremental build): ${copied}`);
  for (const c of build.loader) {
    console.log(
      `    ${c.collection.padEnd(10)} fetched ${c.fetched} changed, ${c.deleted} deleted, ${c.unchanged} unchanged` +
        ` (${c.mode}, ${c.total} entries, ${c.requests} requests, ${c.seconds.toFixed(2)} s)`,
    );
  }
  const images = imageCounts(build);
  console.log(
    `  images: ${images.total} optimised images written, from Astro's cache: ${images.reused} reused as they were, ` +
      `${images.revalidated} after the CMS confirmed them unchanged`,
  );
  console.log(
    `  output: ${size.bytes} bytes (${megabytes(size.bytes)}), ${size.files} files, ${size.htmlPages} HTML`,
  );
  console.log(
    `  peak memory: ${megabytes(build.peakTreeRssBytes)} process tree RSS (largest single process ${megabytes(build.peakProcessRssBytes)})`,
  );
  console.log(
    `  at the peak: ${build.atPeak.map((p) => `${p.command} (pid ${p.pid}) ${megabytes(p.rssBytes)}`).join(', ')}`,
  );
  console.log(
    `  phases: ${phases(build)
      .map((p) => `${p.name} ${seconds(p.ms, 1)}`)
      .join(', ')}`,
  );
  console.log('  where the time goes (Astro and loader log lines, time since start):');
  for (const line of timingLines(build.lines)) console.log(`    ${line}`);
};

const failIfBroken = (label: string, build: SiteBuild): void => {
  if (build.code === 0) return;
  console.log(`\n${label} FAILED (exit ${build.code}); last lines:`);
  for (const { text } of build.lines.slice(-40)) console.log(`    ${plain(text)}`);
  throw new Error(`${label} failed`);
};

/** An editor changes one article's title and publishes: what the incremental build must pick up. */
const editOneTitle = async (cms: ThrowawayCms, n: number): Promise<{ slug: string; title: string }> => {
  const articles = documentsOf(cms.strapi, ARTICLE_UID);
  const slug = articleSlug(n);
  const found = await articles.findFirst({
    locale: 'en',
    status: 'draft',
    filters: { slug },
    fields: ['title'],
  });
  if (!found) throw new Error(`article ${slug} not found`);
  const title = `Update ${n}: edited for the incremental build benchmark at ${new Date().toISOString().slice(11, 19)}`;
  await articles.update({ documentId: found.documentId, locale: 'en', data: { title } });
  await articles.publish({ documentId: found.documentId, locale: 'en' });
  return { slug, title };
};

const main = async (): Promise<void> => {
  console.log(`site build benchmark: ${NEWS} news articles + ${RESOURCES} resources`);
  console.log(machineLine());
  const cms = await startThrowawayCms();
  // The build's caches are in a copy of web/ of this run's own, never the running system's.
  const webRoot = benchWebRoot().dir;
  const outRoot = mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  onCleanup('the built site', () => rmSync(outRoot, { recursive: true, force: true }));
  await fillCms(cms, { articles: NEWS, resources: RESOURCES, services: SERVICES });
  const sitePort = await freePort();
  const target = { cmsUrl: cms.url, buildToken: cms.buildToken, siteUrl: `http://127.0.0.1:${sitePort}` };

  // One output path for both builds, emptied in between, as the rebuild service does: Astro's
  // incremental build only reuses pages built for the same output path.
  const siteDir = path.join(outRoot, 'site');
  console.log(`\n${machineLine()}`);
  const full = await runSiteBuild(target, webRoot, siteDir, { force: true, echo: ECHO });
  failIfBroken('full build', full);
  report('FULL BUILD (fresh content cache: --force, new CMS)', full, siteDir);

  const edited = await editOneTitle(cms, Math.max(1, Math.floor(NEWS / 2)));
  rmSync(siteDir, { recursive: true, force: true });
  console.log(`\n${machineLine()}`);
  const incremental = await runSiteBuild(target, webRoot, siteDir, { echo: ECHO });
  failIfBroken('incremental build', incremental);
  report(`INCREMENTAL BUILD (cache kept; one title edited: /news/${edited.slug}/)`, incremental, siteDir);
  const html = readFileSync(path.join(siteDir, 'news', edited.slug, 'index.html'), 'utf8');
  const fetchedNews = incremental.loader.find((c) => c.collection === 'news')?.fetched;
  const fetchedTotal = incremental.loader.reduce((n, c) => n + c.fetched, 0);
  console.log(`  edited title in the built page: ${html.includes(edited.title) ? 'yes' : 'NO'}`);

  console.log('\nSUMMARY');
  console.log(
    `  full build ${seconds(full.wallMs)} (target <= ${TARGET_FULL_MS / 1000} s: ${verdict(full.wallMs, TARGET_FULL_MS)}); ` +
      `incremental ${seconds(incremental.wallMs)}`,
  );
  if (SCALE_TARGETS) {
    const phaseMs = (name: string) => phases(full).find((p) => p.name.startsWith(name))?.ms ?? Number.NaN;
    const peak = Math.max(full.peakTreeRssBytes, incremental.peakTreeRssBytes);
    const sync = phaseMs('content sync');
    const startUp = phaseMs('start-up');
    console.log(
      `  peak memory ${megabytes(peak)} (target <= ${megabytes(SCALE_TARGETS.treeRssBytes)}: ${verdict(peak, SCALE_TARGETS.treeRssBytes)}); ` +
        `full content sync ${seconds(sync, 1)} (target <= ${SCALE_TARGETS.syncMs / 1000} s: ${verdict(sync, SCALE_TARGETS.syncMs)}); ` +
        `start-up ${seconds(startUp, 1)} (target <= ${SCALE_TARGETS.startUpMs / 1000} s: ${verdict(startUp, SCALE_TARGETS.startUpMs)})`,
    );
  }
  console.log(
    `  entries fetched: full ${full.loader.reduce((n, c) => n + c.fetched, 0)}, incremental ${fetchedTotal} ` +
      `(news ${fetchedNews ?? '?'}; only what changed: ${fetchedTotal === 1 && fetchedNews === 1 ? 'yes' : 'NO'})`,
  );

  if (LIGHTHOUSE) {
    const served = await serveSite(siteDir, sitePort);
    const urls = ['/', `/news/${articleSlug(1)}/`, '/resources/', '/directory/', '/events/'].map(
      (p) => `${served.url}${p}`,
    );
    console.log(
      `\nLIGHTHOUSE (mobile, production headers via scripts/rebuild/site-handler.ts on ${served.url})`,
    );
    for (const page of await runLighthouse(urls, LIGHTHOUSE_RUNS)) {
      const s = page.scores;
      console.log(
        `  ${new URL(page.url).pathname.padEnd(30)} performance ${s.performance}, accessibility ${s.accessibility}, ` +
          `best-practices ${s['best-practices']}, seo ${s.seo}  ` +
          `(median of ${page.performanceRuns.length} runs; performance per run ${page.performanceRuns.map((p) => p ?? 'n/a').join('/')}; ${page.seconds.toFixed(0)} s)`,
      );
      const m = page.metrics;
      console.log(
        `      total blocking time ${m.totalBlockingTimeMs ?? '?'} ms, ${m.domElements ?? '?'} DOM elements, ` +
          `${m.totalBytes === null ? '?' : `${Math.round(m.totalBytes / 1024)} KB`} transferred (median run)`,
      );
      for (const error of page.runErrors) console.log(`      ! a run failed: ${error.slice(0, 200)}`);
      for (const audit of page.failing) {
        console.log(
          `      - [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
        );
      }
    }
  }
};

// Stops the CMS, the build and the server and removes every temporary folder, however it ends.
runBenchmark('site build benchmark', main);
