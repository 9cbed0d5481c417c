/**
 * `siteSyncIndex`: what is published, in one GraphQL request. For every content type the site is
 * built from, each published entry's documentId, locale and updatedAt, every locale at once.
 * The site build's incremental sync compares it with what it stored last time, instead of
 * paging through id-only lists of every type in every locale (~170 requests a build).
 *
 * One SQL query per content type, no relations, published rows only: drafts never appear, and a
 * published entry's updatedAt is the published version's, not its newer draft's. Readable with
 * the rights to list every site content type (the build token's), like the content it indexes.
 */
import type { Core } from '@strapi/strapi';
import { SITE_CONTENT_TYPES, type SiteContentType } from '../content/site-content-types';
import { graphqlExtension, type ExtensionConfig } from '../register/graphql-extension';

export const SITE_SYNC_INDEX_QUERY = 'siteSyncIndex';

const typeDefs = /* GraphQL */ `
  """
  A content type's published entries, every locale, as lists of one length: entry i is
  documentIds[i] in locales[i], last changed at updatedAts[i].
  """
  type SiteSyncContentType {
    "The content type, e.g. api::article.article."
    uid: String!
    documentIds: [String!]!
    locales: [String]!
    updatedAts: [DateTime]!
  }

  "What is published now, for the site build's incremental sync."
  type SiteSyncIndex {
    contentTypes: [SiteSyncContentType!]!
  }

  type Query {
    "What is published now: every site content type's published entries, every locale."
    ${SITE_SYNC_INDEX_QUERY}: SiteSyncIndex!
  }
`;

type Row = { documentId: string; locale: string | null; updatedAt: Date | string | null };
export type SiteSyncContentType = {
  uid: SiteContentType;
  documentIds: string[];
  locales: Array<string | null>;
  updatedAts: Array<Date | string | null>;
};

/**
 * Published entries of every site content type, one query each. Columns rather than a list of
 * entry objects: Strapi wraps the resolver of every field of every object in its auth and policy
 * chain, which made ~1,400 entries × 3 fields cost ~70 ms of the CMS's time per build.
 */
export const readSiteSyncIndex = async (
  strapi: Core.Strapi,
): Promise<{ contentTypes: SiteSyncContentType[] }> => ({
  contentTypes: await Promise.all(
    SITE_CONTENT_TYPES.map(async (uid) => {
      const rows = (await strapi.db.query(uid).findMany({
        select: ['documentId', 'locale', 'updatedAt'],
        where: { publishedAt: { $notNull: true } },
        orderBy: [{ documentId: 'asc' }, { locale: 'asc' }],
      })) as Row[];
      return {
        uid,
        documentIds: rows.map((row) => row.documentId),
        locales: rows.map((row) => row.locale),
        updatedAts: rows.map((row) => row.updatedAt),
      };
    }),
  ),
});

/** The parts of an extension this module adds beyond graphql-extension.ts's shared type. */
type QueryExtension = ExtensionConfig & {
  typeDefs: string;
  resolvers: { Query: Record<string, () => unknown> };
  resolversConfig: Record<string, { auth: { scope: string[] } }>;
};

/** Adds `siteSyncIndex` to the content API, readable with the rights to list every site type. */
export const registerSiteSyncIndex = (strapi: Core.Strapi): void => {
  const extension = graphqlExtension(strapi);
  if (!extension) return;
  extension.use(({ strapi: app }) => {
    const config: QueryExtension = {
      typeDefs,
      resolvers: { Query: { [SITE_SYNC_INDEX_QUERY]: () => readSiteSyncIndex(app) } },
      resolversConfig: {
        // Every type's list right: the index reveals what each of them holds.
        [`Query.${SITE_SYNC_INDEX_QUERY}`]: {
          auth: { scope: SITE_CONTENT_TYPES.map((uid) => `${uid}.find`) },
        },
      },
    };
    return config;
  });
};
