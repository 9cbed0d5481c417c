import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { draftRequestProblem } from '../policies/drafts/draft-request';

/** True for content-API paths (`/api` and below), never the admin's `/content-manager`. */
export const isContentApiPath = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}/`);

/**
 * Global REST guard (config/middlewares.ts): a content-API request asking for drafts
 * (`?status=draft`, `?publicationFilter=...`) gets a 400 before any controller runs.
 * The admin panel reads drafts through its own routes, which this leaves alone.
 */
const publishedOnly: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = String(strapi.config.get('api.rest.prefix', '/api'));
  return async (ctx, next) => {
    if (isContentApiPath(ctx.path, prefix)) {
      const problem = draftRequestProblem(ctx.query as Record<string, unknown>);
      if (problem) throw new errors.ValidationError(problem);
    }
    await next();
  };
};

export default publishedOnly;
