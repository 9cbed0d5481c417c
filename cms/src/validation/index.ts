import type { Core, Modules } from '@strapi/strapi';
import { checkFields } from './check-fields';
import { checkEventDates, EVENT_UID } from './event-dates';
import { readableValidationError } from './readable-errors';
import { checkSchedule } from '../scheduling/check-schedule';
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
    const params = (context.params ?? {}) as DocumentParams;
    await checkFields(strapi, context.action, context.uid, params);
    await checkSchedule(strapi, context.action, context.uid, params);
    if (context.uid === RESOURCE_UID) await checkResourcePublishable(strapi, context.action, params);
    if (context.uid === EVENT_UID) await checkEventDates(strapi, context.action, params);
    try {
      return await next();
    } catch (error) {
      throw readableValidationError(strapi, context.uid, error);
    }
  };
  strapi.documents.use(editorValidation);
};
