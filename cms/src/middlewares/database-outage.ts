import type { Core } from '@strapi/strapi';
import { createDatabaseProbe, DATABASE_UNREACHABLE, isConnectionError } from '../http/database-outage';
import { loggableUrl } from '../http/loggable-url';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Honest errors while the database is unreachable. Strapi reports a lost database as whatever
 * the first failing step says: i18n's locale check fails and says "This locale doesn't exist",
 * the login says "Not Implemented", the content manager "Internal Server Error". So when a request
 * fails (it threw, or answers an error status other than 404), this decides by meaning: the
 * error is a connection-level database error, or the database does not answer the smallest
 * question (createDatabaseProbe). Then the answer is a 503 in an editor's words, saying that
 * nothing was saved; otherwise the original error goes on unchanged. Placed right inside
 * strapi::errors, which formats what it rethrows.
 */
const databaseOutage: Core.MiddlewareFactory = (_config, { strapi }) => {
  const probe = createDatabaseProbe(strapi);
  return async (ctx, next) => {
    let thrown = false;
    let failure: unknown;
    try {
      await next();
    } catch (error) {
      thrown = true;
      failure = error;
    }
    if (!thrown && (ctx.status < 400 || ctx.status === 404)) return;
    const reason =
      thrown && isConnectionError(failure)
        ? failure instanceof Error
          ? failure.message
          : String(failure)
        : await probe();
    if (reason === undefined) {
      if (thrown) throw failure;
      return;
    }
    strapi.log.error(
      `[database] could not be reached (${reason}): ${ctx.method} ${loggableUrl(ctx.url)} answered 503`,
    );
    ctx.status = 503;
    ctx.set('Retry-After', '60');
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'ServiceUnavailableError',
        message: READ_METHODS.has(ctx.method) ? DATABASE_UNREACHABLE.read : DATABASE_UNREACHABLE.write,
        details: {},
      },
    };
  };
};

export default databaseOutage;
