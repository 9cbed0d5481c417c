/**
 * Runs the rebuild service: the API (webhook, trigger, status) on REBUILD_HOST:REBUILD_PORT and
 * the live site on SITE_HOST:SITE_PORT (unless REBUILD_SERVE_SITE=false, when a web server such as
 * nginx serves REBUILD_DATA_DIR/current).  Start: node scripts/rebuild/main.ts (Node 24).
 * SIGINT/SIGTERM: the site stops accepting connections, a running build gets REBUILD_STOP_GRACE_MS
 * to finish (then it is stopped and re-queued for the next start), state is saved, exit 0.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { startDailySchedule } from './daily-schedule.ts';
import { loadRebuildConfig, RebuildEnvError } from './env.ts';
import { createLogger } from './logger.ts';
import { createRebuildService } from './service.ts';
import { createWarmBuilder } from './warm-build/warm-builder.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const listen = (server: Server, host: string, port: number): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

/** Stops accepting; connections still busy after a few seconds are cut. */
const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 3000).unref();
  });

const main = async (): Promise<void> => {
  let config;
  try {
    config = loadRebuildConfig(repoRoot);
  } catch (error) {
    if (error instanceof RebuildEnvError) {
      createLogger().error(error.message, { problems: error.problems });
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // No REBUILD_COMMAND: builds run in a warm worker that keeps Astro loaded between publishes.
  const warm =
    config.buildCommand === null
      ? createWarmBuilder({ webRoot: config.webRoot, env: config.buildEnv, logger })
      : null;
  const service = createRebuildService({
    config,
    logger,
    ...(warm
      ? {
          runBuild: warm.runBuild,
          updateSearchIndex: warm.updateSearchIndex,
          prepareNextBuild: warm.prepareNextBuild,
        }
      : {}),
  });
  await service.start();
  warm?.warmUp();
  const daily = startDailySchedule({
    at: config.dailyAt ?? null,
    logger,
    run: () => void service.trigger({ note: 'daily build (REBUILD_DAILY_AT)' }),
  });

  const api = createServer(service.webhookApp);
  const site = config.serveSite ? createServer(service.siteHandler) : null;
  // Slow clients cannot hold connections open for long.
  for (const server of site ? [api, site] : [api]) {
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
  }
  await listen(api, config.serviceHost, config.servicePort);
  if (site) await listen(site, config.siteHost, config.sitePort);
  const url = (server: Server): string => {
    const address = server.address();
    if (address === null || typeof address === 'string') return String(address);
    return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  };
  // `site: null` says plainly that another server is expected to serve the releases.
  logger.info('listening', { api: url(api), site: site ? url(site) : null });

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      logger.warn('second signal: exiting now', { signal });
      process.exit(1);
    }
    stopping = true;
    daily.stop();
    logger.info('shutting down', { signal });
    const siteClosed = site ? close(site) : Promise.resolve();
    // The API keeps accepting events until the build has settled: they are saved and built next start.
    await service.stop();
    await Promise.all([siteClosed, close(api), warm?.close()]);
    process.exit(0);
  };
  process.on('SIGINT', (s) => void shutdown(s));
  process.on('SIGTERM', (s) => void shutdown(s));
};

main().catch((error: unknown) => {
  createLogger().error('the rebuild service failed to start', { error });
  process.exit(1);
});
