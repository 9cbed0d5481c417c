/** Types (and typed query documents) of the content the site reads from the CMS over GraphQL. */
export * from './generated/graphql';
