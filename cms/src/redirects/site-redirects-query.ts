/**
 * `siteRedirects`: what the site build needs to keep old links working (site-redirects-data.ts),
 * in one GraphQL request, readable with the rights to list every site content type (the build
 * token's), like the addresses it reveals. The two record types themselves are not in the
 * content API: nothing but this read reaches them.
 */
import type { Core } from '@strapi/strapi';
import { SITE_CONTENT_TYPES } from '../content/site-content-types';
import { graphqlExtension, type ExtensionConfig } from '../register/graphql-extension';
import { PREVIOUS_URL_UID, readSiteRedirects, REDIRECT_UID } from './site-redirects-data';

export const SITE_REDIRECTS_QUERY = 'siteRedirects';

const typeDefs = /* GraphQL */ `
  "An address an entry was published under, and where that entry is published now."
  type SiteMovedEntry {
    "The content type, e.g. api::article.article."
    uid: String!
    locale: String!
    slug: String!
    "Its published slug in that locale now; null when it is not published."
    currentSlug: String
    "The published slug of the entry that replaced it (supersededBy), if any."
    replacementSlug: String
    replacementLocale: String
  }

  "A redirect an editor added in the admin (checked again by the build)."
  type SiteManualRedirect {
    documentId: String!
    fromPath: String!
    toPath: String!
  }

  type SiteRedirects {
    moved: [SiteMovedEntry!]!
    manual: [SiteManualRedirect!]!
  }

  type Query {
    "Old addresses of published and removed entries, and the editors' redirects."
    ${SITE_REDIRECTS_QUERY}: SiteRedirects!
  }
`;

type QueryExtension = ExtensionConfig & {
  typeDefs: string;
  resolvers: { Query: Record<string, () => unknown> };
  resolversConfig: Record<string, { auth: { scope: string[] } }>;
};

export const registerSiteRedirectsQuery = (strapi: Core.Strapi): void => {
  const extension = graphqlExtension(strapi);
  if (!extension) return;
  extension.shadowCRUD(PREVIOUS_URL_UID).disable();
  extension.shadowCRUD(REDIRECT_UID).disable();
  extension.use(({ strapi: app }) => {
    const config: QueryExtension = {
      typeDefs,
      resolvers: { Query: { [SITE_REDIRECTS_QUERY]: () => readSiteRedirects(app) } },
      resolversConfig: {
        [`Query.${SITE_REDIRECTS_QUERY}`]: {
          auth: { scope: SITE_CONTENT_TYPES.map((uid) => `${uid}.find`) },
        },
      },
    };
    return config;
  });
};
