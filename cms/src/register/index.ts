import type { Core } from '@strapi/strapi';
import { makeGraphqlReadOnly } from './graphql-read-only';
import { registerPublishedOnlyDocuments } from '../policies/drafts/published-only-documents';
import { registerEditorValidation } from '../validation';
import { registerWebsiteStatusRoute } from '../website-status';
import { guardUploadService } from './upload-service-guard';
import { registerSchedulerTestHook } from '../scheduling/test-hook-route';
import { registerWhatIsLiveRoute } from '../what-is-live/route';
import { registerDueForReviewRoute } from '../due-for-review/route';
import { fixPreviewUrlRoute } from '../preview/preview-url-route';
import { registerRedirects } from '../redirects';

/** Code that must run before Strapi initialises: API guards and GraphQL shape. */
export const register = (strapi: Core.Strapi): void => {
  makeGraphqlReadOnly(strapi);
  registerPublishedOnlyDocuments(strapi);
  registerEditorValidation(strapi);
  registerWebsiteStatusRoute(strapi);
  guardUploadService(strapi);
  fixPreviewUrlRoute(strapi);
  registerRedirects(strapi);
  registerSchedulerTestHook(strapi);
  registerWhatIsLiveRoute(strapi);
  registerDueForReviewRoute(strapi);
};
