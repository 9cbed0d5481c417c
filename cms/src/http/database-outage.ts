import type { Core } from '@strapi/strapi';

/** What an editor reads when the database cannot be reached: what happened, and what to do. */
export const DATABASE_UNREACHABLE = {
  write: 'The database could not be reached, so nothing was saved. Please try again in a minute.',
  read: 'The database could not be reached, so this could not be loaded. Please try again in a minute.',
} as const;

/** Node's codes for a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/**
 * PostgreSQL's SQLSTATEs for "no usable connection": class 08 (connection exception), the server
 * shutting down or starting (57P01-57P03), no connection slot left (53300), and this database
 * refusing connections (55000, as `ALLOW_CONNECTIONS false` does).
 */
const isPostgresConnectionState = (code: string): boolean =>
  code.startsWith('08') || ['57P01', '57P02', '57P03', '53300', '55000'].includes(code);

/**
 * True when the error, or one it was caused by, says the database connection failed: a network
 * code, a PostgreSQL connection state, the pool giving up waiting for a connection (knex's
 * KnexTimeoutError), or the driver finding its connection gone.
 */
export const isConnectionError = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    if (typeof cause !== 'object') return false;
    const { code, name, message } = cause as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || isPostgresConnectionState(code))) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && /^Connection terminated/.test(message)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
};

const PROBE_TIMEOUT_MS = 3_000;

/**
 * Asks the database the smallest question there is, at most once at a time: resolves to the
 * reason it could not answer (within a few seconds), or undefined when it did.
 */
export const createDatabaseProbe = (strapi: Core.Strapi): (() => Promise<string | undefined>) => {
  let running: Promise<string | undefined> | undefined;
  const probe = async (): Promise<string | undefined> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        strapi.db.connection.raw('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
            PROBE_TIMEOUT_MS,
          );
        }),
      ]);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
  };
  return () => {
    running ??= probe().finally(() => {
      running = undefined;
    });
    return running;
  };
};
