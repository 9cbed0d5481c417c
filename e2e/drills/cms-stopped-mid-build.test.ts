/**
 * Drill: the CMS stops in the middle of a site build.
 *
 * The whole system as child processes: a seeded SQLite CMS and the rebuild service running the
 * real Astro build and serving the site. A first build goes live. The next build is started and,
 * as soon as its log shows the content sync running, the CMS is frozen (SIGSTOP, so the sync's
 * requests hang in mid-air rather than racing the kill) and then killed (SIGKILL). Expected: the
 * build is recorded as failed with a reason that says the CMS cannot be reached, the live site
 * answers every request from the previous release throughout, and once the CMS is back the next
 * build succeeds and goes live.
 *
 * Ports 1721 (CMS), 1722 (rebuild API), 1724 (site): 1720 and 1723 are on fetch's blocked-port
 * list, so neither the build nor this test could talk to them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CMS_DIR,
  cmsEnvironment,
  compileCms,
  startCms,
  type CmsEnvironment,
  type CmsProcess,
} from './support/cms';
import { createIsolatedWebRoot, type WebRoot } from '../../web/tests/support/isolated-web-root';
import { withOutputOnFailure } from '../support/processes';
import { explainBuild, startRebuild, type RebuildProcess } from './support/rebuild';
import { report, seconds } from './support/report';
import { answersOtherThan, watchSite, type SiteWatch } from './support/site-watch';
import { sleep, waitForFileLine } from '../support/wait';

const PORTS = { cms: 1721, api: 1722, site: 1724 };
const BUILD_TIMEOUT_MS = 150_000;

let tmp: string | undefined;
let distDir: string | undefined;
let cmsSettings: CmsEnvironment;
let cms: CmsProcess | undefined;
let rebuild: RebuildProcess | undefined;
let watch: SiteWatch | undefined;
let firstRelease = '';
const timings: Record<string, number> = {};

let webRoot: WebRoot | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'drill-cms-stopped-'));
  // The worker builds a copy of web/, with caches of its own: never the running system's.
  webRoot = createIsolatedWebRoot('drill-');
  let started = performance.now();
  distDir = compileCms('drill-dist');
  timings.compile = performance.now() - started;
  cmsSettings = cmsEnvironment({
    port: PORTS.cms,
    database: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmp, 'cms.db') },
    publicDir: path.join(tmp, 'public'),
  });
  started = performance.now();
  cms = await startCms(distDir, cmsSettings, { seed: true });
  timings.cmsBoot = performance.now() - started;
  rebuild = await startRebuild({
    apiPort: PORTS.api,
    sitePort: PORTS.site,
    dataDir: path.join(tmp, 'site'),
    extra: {
      CMS_URL: cms.url,
      SITE_URL: `http://127.0.0.1:${PORTS.site}`,
      BUILD_API_TOKEN: cmsSettings.buildToken,
      REBUILD_WEB_ROOT: webRoot.dir,
    },
  });
  await withOutputOnFailure(
    () => [cms, rebuild],
    async () => {
      const before = await rebuild!.lastBuildNumber();
      await rebuild!.trigger('drill: first build');
      const first = await rebuild!.waitForBuild(before, BUILD_TIMEOUT_MS);
      if (first.result !== 'success') throw new Error(explainBuild(first));
      expect(first).toMatchObject({ result: 'success', live: true });
      firstRelease = first.release;
      timings.firstBuild = first.durationMs;
    },
  );
}, 300_000);

afterAll(async () => {
  await watch?.stop();
  await rebuild?.stop();
  await cms?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  webRoot?.remove();
  if (distDir?.startsWith(CMS_DIR)) rmSync(distDir, { recursive: true, force: true });
}, 60_000);

it('keeps the live site, records the build as failed because the CMS is unreachable, and builds again once it is back', async () => {
  if (!rebuild || !cms) throw new Error('the stack did not start');
  const service = rebuild;
  await withOutputOnFailure(
    () => [cms, service],
    async () => {
      watch = watchSite(`${service.siteUrl}/`);
      const before = await service.lastBuildNumber();
      await service.trigger('drill: CMS stops mid-build');
      const running = await service.waitForRunning(before, 10_000);
      const buildLog = path.join(service.dataDir, 'logs', `${running.release}.log`);
      await waitForFileLine(buildLog, /\[content\] Syncing content/, 60_000);
      const syncStarted = performance.now();
      cms!.signal('SIGSTOP');
      // Long enough for the sync to have requests waiting on the frozen CMS.
      await sleep(500);
      await cms!.kill();
      const killedAt = performance.now();

      const failed = await service.waitForBuild(before, BUILD_TIMEOUT_MS);
      const failedAfter = performance.now() - killedAt;
      expect(failed).toMatchObject({ number: running.number, result: 'failed', live: false });
      // Plain words an operator (and the CMS's Website panel, which shows the first line) can act on.
      expect(failed.error).toMatch(/^Cannot reach the CMS at http:\/\/127\.0\.0\.1:1721\b.*Is it running\?/);
      const status = await service.status();
      expect(status.live?.release).toBe(firstRelease);

      // The CMS comes back on the same database; the next build succeeds and goes live.
      let started = performance.now();
      cms = await startCms(distDir!, cmsSettings);
      const cmsBack = performance.now() - started;
      const duringOutage = await watch.stop();
      watch = undefined;
      expect(duringOutage.length).toBeGreaterThan(10);
      expect(answersOtherThan(duringOutage, firstRelease)).toEqual([]);

      started = performance.now();
      const afterFailure = await service.lastBuildNumber();
      await service.trigger('drill: the CMS is back');
      const recovered = await service.waitForBuild(afterFailure, BUILD_TIMEOUT_MS);
      if (recovered.result !== 'success') throw new Error(explainBuild(recovered));
      expect(recovered).toMatchObject({ result: 'success', live: true });
      expect(recovered.release).not.toBe(firstRelease);
      const page = await fetch(`${service.siteUrl}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('x-release')).toBe(recovered.release);

      report(
        'cms-stopped-mid-build',
        `setup: compile ${seconds(timings.compile ?? 0)}, CMS boot+seed ${seconds(timings.cmsBoot ?? 0)}, ` +
          `first build ${seconds(timings.firstBuild ?? 0)} | CMS frozen 0.5 s into build #${failed.number}'s content sync ` +
          `(${seconds(killedAt - syncStarted)} after it began), then killed; build recorded as failed ` +
          `${seconds(failedAfter)} later: "${failed.error}" | site answered ${duringOutage.length}/${duringOutage.length} ` +
          `requests 200 from ${firstRelease} | CMS back in ${seconds(cmsBack)} | build #${recovered.number} ` +
          `succeeded in ${seconds(recovered.durationMs)} and went live (${seconds(performance.now() - started)} from trigger)`,
      );
    },
  );
}, 240_000);
