/**
 * The one expensive step both site test tiers share: a real CMS on a throw-away database,
 * filled with the demo content, read by the real site build over HTTP. The CMS is stopped (and
 * its database dropped) as soon as the build is done; only the built site is kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import os from 'node:os';
import path from 'node:path';
import { seedDemoContent } from '../../../cms/src/seed';
import { startTestCms, TEST_SECRETS } from '../../../cms/tests/helpers/strapi';
import { addArchiveArticles } from './archive-articles';
import { addArchiveResources } from './archive-resources';
import { buildSite } from './build-site';

export type SeededSite = {
  /** The built site. */
  dir: string;
  /** The CMS the site was built from (stopped by now): no output file may mention it. */
  cmsOrigin: string;
  /** The day the demo content's relative dates were counted from. */
  today: Date;
  timings: { cmsMs: number; seedMs: number; buildMs: number };
  remove: () => void;
};

export type SeededSiteOptions = {
  siteUrl: string;
  /** Build here instead of a new temporary folder (which `remove` then leaves alone). */
  outDir?: string;
  /** More content for the CMS before the build (e.g. hostile-content.ts). */
  addContent?: (strapi: Core.Strapi) => Promise<void>;
  /** Passed to the build (build-site.ts). */
  leftOutFile?: string;
  /** More build settings (build-site.ts). */
  buildEnv?: Readonly<Record<string, string>>;
};

const since = (start: number): number => Math.round(performance.now() - start);

export const buildSeededSite = async ({
  siteUrl,
  outDir,
  addContent,
  leftOutFile,
  buildEnv,
}: SeededSiteOptions): Promise<SeededSite> => {
  const dir = outDir ?? mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
  const today = new Date();
  let start = performance.now();
  const cms = await startTestCms();
  try {
    const cmsMs = since(start);
    start = performance.now();
    await seedDemoContent(cms.strapi, { today });
    await addArchiveArticles(cms.strapi, today);
    await addArchiveResources(cms.strapi);
    await addContent?.(cms.strapi);
    const seedMs = since(start);
    // A real port: the build runs in a child process and reads the CMS over HTTP.
    const server = cms.strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const cmsOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    start = performance.now();
    await buildSite({
      cmsUrl: cmsOrigin,
      token: TEST_SECRETS.BUILD_API_TOKEN,
      siteUrl,
      outDir: dir,
      ...(leftOutFile ? { leftOutFile } : {}),
      ...(buildEnv ? { env: buildEnv } : {}),
    });
    const buildMs = since(start);
    return {
      dir,
      cmsOrigin,
      today,
      timings: { cmsMs, seedMs, buildMs },
      remove: () => {
        if (!outDir) rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (!outDir) rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await cms.stop();
  }
};
