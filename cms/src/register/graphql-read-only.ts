import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { exposedContentTypes, graphqlExtension } from './graphql-extension';

export const READ_ONLY_MESSAGE =
  'The content API is read-only: content is created and changed in the CMS admin, not through GraphQL.';

/**
 * Takes every write out of the public GraphQL API. Shadow CRUD's create/update/delete
 * mutations are removed from the schema for every content type (site types and plugin
 * types alike); the mutations plugins add by hand (users-permissions' register, login,
 * forgotPassword, ..., upload and i18n's) cannot be removed that way, so a nexus plugin makes
 * every remaining Mutation field refuse before its resolver runs.
 */
export const makeGraphqlReadOnly = (strapi: Core.Strapi): void => {
  const extension = graphqlExtension(strapi);
  if (!extension) return;
  for (const { uid } of exposedContentTypes(strapi)) extension.shadowCRUD(uid).disableMutations();
  extension.use(({ nexus }) => ({
    plugins: [
      nexus.plugin({
        name: 'ReadOnlyContentApi',
        onCreateFieldResolver: ({ parentTypeConfig }) =>
          parentTypeConfig.name === 'Mutation'
            ? () => {
                throw new errors.ForbiddenError(READ_ONLY_MESSAGE);
              }
            : undefined,
      }),
    ],
  }));
};
