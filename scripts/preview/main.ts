/**
 * Starts the draft preview server (server.ts) on PREVIEW_HOST:PREVIEW_PORT with the built bundle.
 * Usage: node scripts/preview/main.ts (npm start and start:prod run it; see README).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLogger } from '../rebuild/logger.ts';
import { parsePreviewEnv, PreviewEnvError } from './env.ts';
import { createPreviewServer, type BundleHandler } from './server.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const logger = createLogger();

const main = async (): Promise<void> => {
  const config = parsePreviewEnv(process.env, repoRoot);
  // The bundle reads its own settings (web/src/env.ts previewEnv) from this process's environment.
  process.env.PREVIEW_DATA_DIR = config.dataDir;
  // The adapter would otherwise start a server of its own, without our checks and headers.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const entry = pathToFileURL(path.join(config.bundleDir, 'server', 'entry.mjs')).href;
  const bundle = (await import(entry)) as { handler: BundleHandler };
  const server = createPreviewServer({ ...config, handler: bundle.handler, logger });
  server.listen(config.port, config.host, () => {
    logger.info('preview server listening', {
      url: `http://${config.host}:${config.port}`,
      admin: config.adminOrigin,
    });
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
};

main().catch((error: unknown) => {
  if (error instanceof PreviewEnvError) logger.error(error.message);
  else logger.error('the preview server could not start', { error });
  process.exit(1);
});
