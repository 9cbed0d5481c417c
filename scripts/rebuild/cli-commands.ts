/**
 * What `npm run rebuild` / `npm run rollback` do. Each command talks to the running service
 * first, so the service stays the only writer of its state; only when nothing listens on its
 * port does the command do the work itself, holding the same data-dir lock the service takes.
 */
import { COLD_BUILD_COMMAND, type RebuildConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { lockDataDir } from './lock.ts';
import { liveRelease } from './releases.ts';
import { rollBack } from './rollback.ts';
import { createRebuildService } from './service.ts';
import { loadState, saveState, type BuildRecord, type HistoryRecord } from './state.ts';
import { statusReport, type StatusReport } from './status-report.ts';

export type CliIo = { print: (line: string) => void };
export type TriggerArgs = { note?: string; allowShrink: boolean; wait: boolean };

const POLL_MS = 500;

class ServiceNotRunningError extends Error {}

const serviceUrl = (config: RebuildConfig, pathname: string): string => {
  const host =
    config.serviceHost === '0.0.0.0' || config.serviceHost === '::' ? '127.0.0.1' : config.serviceHost;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.servicePort}${pathname}`;
};

/** Calls the service; ServiceNotRunningError when nothing listens there. */
const callService = async (
  config: RebuildConfig,
  method: 'GET' | 'POST',
  pathname: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> => {
  let response: Response;
  try {
    response = await fetch(serviceUrl(config, pathname), {
      method,
      headers: { Authorization: `Bearer ${config.webhookSecret}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === 'ECONNREFUSED') throw new ServiceNotRunningError();
    throw error;
  }
  return { status: response.status, json: await response.json().catch(() => null) };
};

/** The entries a build left out (left-out.ts), one per line, for whoever runs the command. */
const describeLeftOut = (b: BuildRecord): string =>
  b.leftOut && b.leftOut.length > 0
    ? `\nLeft out of the site (${b.leftOutCount ?? b.leftOut.length}; fix them in the CMS):\n` +
      b.leftOut
        .map((e) => `- ${e.type} ${e.locale} ${e.documentId} ${JSON.stringify(e.title)}: ${e.problem}`)
        .join('\n')
    : '';

const describeBuild = (b: BuildRecord): string =>
  (b.result === 'success'
    ? `Build ${b.number} is live (release ${b.release}, ${b.pageCount ?? '?'} pages, ${(b.durationMs / 1000).toFixed(1)} s).`
    : `Build ${b.number} ${b.result}: ${b.error ?? 'no reason recorded'}` +
      (b.logTail && b.logTail.length > 0
        ? `\n--- last lines of the build log ---\n${b.logTail.join('\n')}`
        : '')) + describeLeftOut(b);

const buildCovering = (history: HistoryRecord[], eventId: number): BuildRecord | undefined =>
  history.find(
    (r): r is BuildRecord =>
      r.kind === 'build' && r.result !== 'interrupted' && r.events.some((e) => e.id === eventId),
  );

/** Returns the process exit code. */
export const triggerCommand = async (
  config: RebuildConfig,
  args: TriggerArgs,
  io: CliIo,
): Promise<number> => {
  const request = {
    ...(args.note ? { note: args.note } : {}),
    ...(args.allowShrink ? { allowShrink: true } : {}),
  };
  try {
    const { status, json } = await callService(config, 'POST', '/trigger', request);
    if (status !== 202) {
      io.print(`The rebuild service refused the request (HTTP ${status}): ${JSON.stringify(json)}`);
      return 1;
    }
    const eventId = (json as { eventId: number }).eventId;
    io.print(`Build requested (event ${eventId}).`);
    if (!args.wait) return 0;
    const deadline = Date.now() + config.maxWaitMs + config.buildTimeoutMs * 2 + 30_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const report = (await callService(config, 'GET', '/status')).json as StatusReport;
      const done = buildCovering(report.history, eventId);
      if (done) {
        io.print(describeBuild(done));
        return done.result === 'success' ? 0 : 1;
      }
    }
    io.print('Gave up waiting; see `GET /status` on the rebuild service.');
    return 1;
  } catch (error) {
    if (!(error instanceof ServiceNotRunningError)) throw error;
  }

  io.print('The rebuild service is not running: building here instead.');
  // One build: a build process of its own, not a warm worker kept for the next one.
  const service = createRebuildService({
    config: { ...config, idleHoldMs: 0, quietMs: 0, buildCommand: config.buildCommand ?? COLD_BUILD_COMMAND },
    logger: createLogger('warn'),
  });
  await service.start();
  try {
    const event = service.trigger(request);
    await service.whenIdle();
    const done = buildCovering(service.status({ includeLogs: true }).history, event.id);
    if (!done) {
      io.print('The build did not finish.');
      return 1;
    }
    io.print(describeBuild(done));
    return done.result === 'success' ? 0 : 1;
  } finally {
    await service.stop();
  }
};

export const rollbackCommand = async (config: RebuildConfig, io: CliIo): Promise<number> => {
  try {
    const { status, json } = await callService(config, 'POST', '/rollback');
    const body = json as { from?: string | null; to?: string; error?: string };
    if (status !== 200) {
      io.print(`Rollback refused (HTTP ${status}): ${body?.error ?? JSON.stringify(json)}`);
      return 1;
    }
    io.print(`Rolled back: ${body.from ?? '(none)'} -> ${body.to} is live.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ServiceNotRunningError)) throw error;
  }
  const lock = lockDataDir(config.dataDir);
  try {
    const { state } = loadState(config.dataDir, new Date());
    const record = rollBack(config.dataDir, state, new Date(), config.historyLimit);
    saveState(config.dataDir, state);
    io.print(`Rolled back (service not running): ${record.from ?? '(none)'} -> ${record.to} is live.`);
    return 0;
  } catch (error) {
    io.print(`Rollback failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    lock.release();
  }
};

export const statusCommand = async (config: RebuildConfig, io: CliIo): Promise<number> => {
  try {
    const { json } = await callService(config, 'GET', '/status');
    io.print(JSON.stringify(json, null, 2));
  } catch (error) {
    if (!(error instanceof ServiceNotRunningError)) throw error;
    const { state } = loadState(config.dataDir, new Date());
    io.print('(service not running; from state.json)');
    io.print(
      JSON.stringify(statusReport(state, liveRelease(config.dataDir), { includeLogs: true }), null, 2),
    );
  }
  return 0;
};
