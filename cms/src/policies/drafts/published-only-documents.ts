import type { Core, Modules } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import { isContentApiRequest } from './content-api-request';
import { documentReadProblem } from './draft-request';
import { isPreviewCredential } from './preview-credential';

/** Document-service actions that only read. */
const READ_ACTIONS = new Set<string>(['findMany', 'findFirst', 'findOne', 'count']);

export const CONTENT_API_READ_ONLY =
  'The content API is read-only: content is created and changed in the CMS admin, not through the API.';

/**
 * Drafts never reach the content API, guarded where every REST controller and GraphQL resolver
 * ends up: the document service. During a content-API request, a read must ask for published
 * content only (a clear ValidationError otherwise), and no document with drafts is written (a
 * write would answer with the document's draft, unpublished edits included, and a REST update
 * publishes it). The admin's content manager and code outside requests are not affected; the
 * preview server's token may read drafts (preview-credential.ts), and write nothing either.
 */
export const registerPublishedOnlyDocuments = (strapi: Core.Strapi): void => {
  const publishedOnly: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!isContentApiRequest(strapi)) return next();
    const draftAndPublish = contentTypes.hasDraftAndPublish(context.contentType);
    if (!READ_ACTIONS.has(context.action)) {
      // Types without drafts (plugins' users) keep their own write rules.
      // A PolicyError, because Strapi's router turns any other ForbiddenError into a bare "Forbidden".
      if (draftAndPublish) throw new errors.PolicyError(CONTENT_API_READ_ONLY);
      return next();
    }
    if (isPreviewCredential(strapi)) return next();
    const problem = documentReadProblem(context.params as Record<string, unknown> | undefined, {
      draftAndPublish,
    });
    if (problem) throw new errors.ValidationError(problem);
    return next();
  };
  strapi.documents.use(publishedOnly);
};
