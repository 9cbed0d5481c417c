import type { Core } from '@strapi/strapi';
import { makeGraphqlReadOnly } from './graphql-read-only';
import { guardGraphqlDrafts } from './graphql-published-only';
import { registerEditorValidation } from '../validation';
import { registerWebsiteStatusRoute } from '../website-status';

/** Code that must run before Strapi initialises: API guards and GraphQL shape. */
export const register = (strapi: Core.Strapi): void => {
  makeGraphqlReadOnly(strapi);
  guardGraphqlDrafts(strapi);
  registerEditorValidation(strapi);
  registerWebsiteStatusRoute(strapi);
};
