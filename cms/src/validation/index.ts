import type { Core, Modules } from '@strapi/strapi';
import { readableValidationError } from './readable-errors';
import { checkResourcePublishable, RESOURCE_UID, type DocumentParams } from './resource-needs-file';

/** Document-service actions that write; reads pass straight through. */
const WRITE_ACTIONS = new Set<string>(['create', 'update', 'publish', 'clone']);

/**
 * Editor-friendly validation, as a document-service middleware so it covers every way content
 * is written (the admin's content manager, seed scripts, plugins). Errors are Strapi
 * ValidationErrors, which the admin shows as a notification and beside the fields.
 */
export const registerEditorValidation = (strapi: Core.Strapi): void => {
  const editorValidation: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    if (context.uid === RESOURCE_UID) {
      await checkResourcePublishable(strapi, context.action, (context.params ?? {}) as DocumentParams);
    }
    try {
      return await next();
    } catch (error) {
      throw readableValidationError(strapi, context.uid, error);
    }
  };
  strapi.documents.use(editorValidation);
};
