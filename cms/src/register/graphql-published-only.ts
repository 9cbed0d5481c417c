import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { draftRequestProblem } from '../policies/drafts/draft-request';
import {
  exposedContentTypes,
  graphqlExtension,
  graphqlNaming,
  type ResolverMiddleware,
  type ResolversConfig,
} from './graphql-extension';

/** Refuses a query whose arguments ask for drafts (status: DRAFT, publicationFilter, ...). */
export const refuseDraftArguments: ResolverMiddleware = (next, parent, args, context, info) => {
  const problem = draftRequestProblem(args);
  if (problem) throw new errors.ValidationError(problem);
  return next(parent, args, context, info);
};

/**
 * Every root query of every exposed content type gets the guard: the site's types, and the
 * plugin types too, because nested relations inherit the root query's status (a
 * `uploadFiles(status: DRAFT)` root would otherwise pass DRAFT down to related entries).
 * Refusing, rather than rewriting the argument to PUBLISHED, matters for the same reason:
 * Strapi records the root arguments for nested resolvers before any middleware runs.
 */
export const guardGraphqlDrafts = (strapi: Core.Strapi): void => {
  const extension = graphqlExtension(strapi);
  if (!extension) return;
  extension.use(({ strapi: app }) => {
    const naming = graphqlNaming(app);
    const resolversConfig: ResolversConfig = {};
    for (const contentType of exposedContentTypes(app)) {
      for (const name of [
        naming.getFindQueryName(contentType),
        naming.getFindConnectionQueryName(contentType),
        naming.getFindOneQueryName(contentType),
      ]) {
        resolversConfig[`Query.${name}`] = { middlewares: [refuseDraftArguments] };
      }
    }
    return { resolversConfig };
  });
};
