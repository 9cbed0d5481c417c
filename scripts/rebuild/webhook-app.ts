/**
 * The service's HTTP API (keep it on a private interface; only the site listener is public):
 *   POST /webhook   CMS events (bearer secret) -> 202, built or ignored with the reason
 *   POST /trigger   a build by hand (bearer secret), body {"note"?, "allowShrink"?}
 *   POST /rollback  make the previous release live (bearer secret)
 *   GET  /status    state, live release, recent builds (log tails only with the secret)
 *   GET  /health    liveness
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { isAuthorized } from './auth.ts';
import { type RebuildConfig } from './config.ts';
import { diskErrorReason } from './disk-errors.ts';
import { classifyEvent, entryText, webhookPayloadSchema } from './events.ts';
import { BodyTooLargeError, readBody, sendJson } from './http-body.ts';
import { type Logger } from './logger.ts';
import { NoEarlierReleaseError } from './rollback.ts';
import { type AcceptedEvent, type RollbackRecord } from './state.ts';
import { type StatusReport } from './status-report.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export type WebhookAppDeps = {
  config: Pick<RebuildConfig, 'webhookSecret' | 'bodyLimitBytes'>;
  logger: Logger;
  isRunning: () => boolean;
  accept: (input: Omit<AcceptedEvent, 'id' | 'receivedAt'>) => AcceptedEvent;
  trigger: (options: { note?: string; allowShrink?: boolean }) => AcceptedEvent;
  rollback: () => RollbackRecord;
  status: (options: { includeLogs: boolean }) => StatusReport;
};

const triggerBodySchema = z.object({
  note: z.string().max(200).optional(),
  allowShrink: z.boolean().optional(),
});

class BadRequestError extends Error {}

const parseJson = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new BadRequestError('the body is not valid JSON');
  }
};

export const createWebhookApp = (deps: WebhookAppDeps): Handler => {
  const { config, logger } = deps;

  const routes: Record<
    string,
    { method: string; auth: boolean; run: (req: IncomingMessage, res: ServerResponse) => Promise<void> }
  > = {
    '/health': {
      method: 'GET',
      auth: false,
      run: async (_req, res) => {
        if (!deps.isRunning()) return sendJson(res, 503, { status: 'stopping' });
        const { state, live } = deps.status({ includeLogs: false });
        sendJson(res, 200, { status: 'ok', state, live: live?.release ?? null });
      },
    },
    '/status': {
      method: 'GET',
      auth: false,
      run: async (req, res) => {
        if (!deps.isRunning()) return sendJson(res, 503, { error: 'the rebuild service is stopping' });
        sendJson(res, 200, deps.status({ includeLogs: isAuthorized(req, config.webhookSecret) }));
      },
    },
    '/webhook': {
      method: 'POST',
      auth: true,
      run: async (req, res) => {
        const json = parseJson(await readBody(req, config.bodyLimitBytes));
        const parsed = webhookPayloadSchema.safeParse(json);
        if (!parsed.success) throw new BadRequestError('the body is not a CMS webhook event (no "event")');
        const payload = parsed.data;
        const decision = classifyEvent(payload);
        const summary = {
          event: payload.event,
          model: payload.model,
          documentId: entryText(payload, 'documentId'),
          locale: entryText(payload, 'locale'),
        };
        if (!decision.build) {
          logger.info('event ignored', { ...summary, reason: decision.reason });
          return sendJson(res, 202, { accepted: false, ignored: true, reason: decision.reason });
        }
        const accepted = deps.accept({
          source: 'webhook',
          event: payload.event,
          ...(payload.model ? { model: payload.model } : {}),
          ...(payload.uid ? { uid: payload.uid } : {}),
          ...(summary.documentId ? { documentId: summary.documentId } : {}),
          ...(summary.locale ? { locale: summary.locale } : {}),
        });
        sendJson(res, 202, { accepted: true, eventId: accepted.id, reason: decision.reason });
      },
    },
    '/trigger': {
      method: 'POST',
      auth: true,
      run: async (req, res) => {
        const body = await readBody(req, config.bodyLimitBytes);
        const parsed = triggerBodySchema.safeParse(body.length === 0 ? {} : parseJson(body));
        if (!parsed.success) throw new BadRequestError('expected {"note"?: string, "allowShrink"?: boolean}');
        const accepted = deps.trigger(parsed.data);
        logger.info('manual build requested', { eventId: accepted.id, note: accepted.note });
        sendJson(res, 202, { accepted: true, eventId: accepted.id });
      },
    },
    '/rollback': {
      method: 'POST',
      auth: true,
      run: async (_req, res) => {
        try {
          const record = deps.rollback();
          sendJson(res, 200, { rolledBack: true, from: record.from, to: record.to });
        } catch (error) {
          if (error instanceof NoEarlierReleaseError) return sendJson(res, 409, { error: error.message });
          throw error;
        }
      },
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes[pathname];
    if (!route) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== route.method && !(route.method === 'GET' && req.method === 'HEAD')) {
      return sendJson(res, 405, { error: 'method not allowed' }, { Allow: route.method });
    }
    // Checked before the body is read: an unauthenticated caller cannot make the service read anything.
    if (route.auth && !isAuthorized(req, config.webhookSecret)) {
      logger.warn('request refused: missing or wrong secret', { path: pathname });
      req.resume();
      return sendJson(
        res,
        401,
        { error: 'unauthorized' },
        { 'WWW-Authenticate': 'Bearer', Connection: 'close' },
      );
    }
    if (route.auth && !deps.isRunning()) {
      req.resume();
      return sendJson(res, 503, { error: 'the rebuild service is stopping' }, { 'Retry-After': '5' });
    }
    await route.run(req, res);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof BodyTooLargeError) {
        logger.warn('request refused: body too large', { limit: config.bodyLimitBytes });
        return sendJson(res, 413, { error: error.message }, { Connection: 'close' });
      }
      if (error instanceof BadRequestError) {
        logger.warn('request refused: bad body', { reason: error.message });
        return sendJson(res, 400, { error: error.message });
      }
      // Events are saved before they are accepted: on a full or read-only disk, say so plainly.
      const disk = diskErrorReason(error);
      if (disk !== null) {
        const message = `the rebuild service cannot save to its data directory: ${disk}`;
        logger.error(message, { path: req.url?.slice(0, 200) });
        return sendJson(res, 503, { error: message }, { 'Retry-After': '60' });
      }
      logger.error('request failed', { path: req.url?.slice(0, 200), error });
      sendJson(res, 500, { error: 'internal error' });
    });
  };
};
