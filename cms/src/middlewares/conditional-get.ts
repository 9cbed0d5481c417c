import type { Core } from '@strapi/strapi';

type Headers = { get: (name: string) => string };

/**
 * Whether a conditional GET may be answered "304 Not Modified" (RFC 9110 §13.1). An origin
 * server decides on the validators alone: koa's `ctx.fresh` also says no whenever the request has
 * `Cache-Control: no-cache`, which fetch() adds to every conditional request (Astro's included).
 */
export const isNotModified = (request: Headers, response: Headers): boolean => {
  const ifNoneMatch = request.get('if-none-match');
  if (ifNoneMatch) {
    const etag = response.get('etag').replace(/^W\//, '');
    if (!etag) return false;
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim())
      .some((tag) => tag === '*' || tag.replace(/^W\//, '') === etag);
  }
  const since = Date.parse(request.get('if-modified-since'));
  const lastModified = Date.parse(response.get('last-modified'));
  return !Number.isNaN(since) && !Number.isNaN(lastModified) && lastModified <= since;
};

/**
 * Answers a conditional GET of an unchanged upload with 304. Strapi serves /uploads with
 * `max-age=0` and a Last-Modified date but never says "not modified", so every site build
 * downloaded and re-optimised every image; with this, Astro revalidates its cached copies with one
 * cheap request each.
 */
const conditionalGet: Core.MiddlewareFactory = () => async (ctx, next) => {
  await next();
  if (!ctx.path.startsWith('/uploads/') || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return;
  if (ctx.status === 200 && isNotModified(ctx.request, ctx.response)) {
    ctx.status = 304;
    ctx.body = null;
  }
};

export default conditionalGet;
