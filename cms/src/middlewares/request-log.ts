import type { Core } from '@strapi/strapi';
import { loggableUrl } from '../http/loggable-url';

/**
 * strapi::logger's one line per request (method, address, time, status), with the query's
 * values left out (src/http/loggable-url.ts): strapi::logger logs the full URL, and with it
 * invitation tokens and password reset codes. Headers (Authorization, cookies) are never logged.
 */
const requestLog: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    const start = Date.now();
    await next();
    strapi.log.http(
      `${ctx.method} ${loggableUrl(ctx.url)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`,
    );
  };
};

export default requestLog;
