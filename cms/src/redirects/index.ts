import type { Core } from '@strapi/strapi';
import { registerPreviousUrlRecord } from './record-previous-urls';
import { registerSiteRedirectsQuery } from './site-redirects-query';
import { registerRedirectValidation } from './validate-redirect';

/** Old links keep working: the record of previous addresses, editors' redirects, the build's query. */
export const registerRedirects = (strapi: Core.Strapi): void => {
  registerPreviousUrlRecord(strapi);
  registerRedirectValidation(strapi);
  registerSiteRedirectsQuery(strapi);
};
