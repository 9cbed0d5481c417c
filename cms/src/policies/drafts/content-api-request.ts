import type { Core } from '@strapi/strapi';

/** The parts of the request Strapi is serving (a koa context) that say which API serves it. */
type ServedRequest = {
  state?: {
    route?: { info?: { type?: string } };
    auth?: { strategy?: { name?: string } };
  };
};

/** Strapi's route type for the content API (REST under /api, and GraphQL). */
const CONTENT_API = 'content-api';
/** The strategies Strapi authenticates content-API callers with (API tokens, users-permissions). */
const CONTENT_API_STRATEGIES = new Set(['content-api-token', 'users-permissions']);

/**
 * True while Strapi serves a content-API request. Decided by what Strapi itself recorded for the
 * request, never by its path: the router marks every route it matched (whatever the path's case
 * or spelling) with the API that owns it (`content-api` or `admin`), and the GraphQL endpoint
 * marks its requests `content-api`; a caller authenticated by a content-API strategy counts too. The
 * admin's content manager is `admin`; code outside a request (bootstrap, seed) has no request.
 */
export const isContentApiRequest = (strapi: Core.Strapi): boolean => {
  const state = (strapi.requestContext.get() as ServedRequest | undefined)?.state;
  if (!state) return false;
  return (
    state.route?.info?.type === CONTENT_API || CONTENT_API_STRATEGIES.has(state.auth?.strategy?.name ?? '')
  );
};
