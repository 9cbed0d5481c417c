/**
 * Child-process entry for the drills: the CMS as `strapi start` runs it (load, bootstrap, listen),
 * but from a compiled folder of the drill's own and without the admin panel, so no drill needs
 * (or overwrites) cms/dist. Settings come from the environment like any CMS start.
 *   node cms-main.ts <compiled dir> [--seed]
 * With --seed the demo content is loaded before the server listens. SIGTERM stops it cleanly.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

type SeedModule = {
  seedDemoContent: (strapi: Core.Strapi) => Promise<unknown>;
  summariseReport: (report: unknown) => string;
};

const CMS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'cms');
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));

const main = async (): Promise<void> => {
  const [distDir, ...flags] = process.argv.slice(2);
  if (!distDir) throw new Error('usage: node cms-main.ts <compiled CMS dir> [--seed]');
  const { createStrapi } = requireFromCms('@strapi/strapi') as {
    createStrapi: (options: Record<string, unknown>) => Core.Strapi;
  };
  const strapi = createStrapi({ appDir: CMS_DIR, distDir, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  if (flags.includes('--seed')) {
    const seed = requireFromCms(path.join(distDir, 'src', 'seed')) as SeedModule;
    strapi.log.info(`drill seed: ${seed.summariseReport(await seed.seedDemoContent(strapi))}`);
  }
  let stopping = false;
  process.once('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    void strapi.destroy().finally(() => process.exit(0));
  });
  await strapi.listen();
  strapi.log.info('drill cms ready');
};

main().catch((error: unknown) => {
  process.stderr.write(
    `drill cms failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
