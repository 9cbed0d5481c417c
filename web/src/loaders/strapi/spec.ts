/**
 * How the loader reads one site collection: its typed GraphQL query, its schema (the contract
 * with the pages), which fields are relations (for incremental sync) and how a GraphQL node
 * becomes the collection's entry data. A spec is everything the loader, the content config and
 * the pages need to know about a collection: adding one is a spec file (and its query) plus one
 * line in collections.ts.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ZodType } from 'zod';
import type { CmsClient } from './client';
import type { Connection } from './paging';
import type { ShapeContext } from './shape/context';

/** A Strapi filter object (`ArticleFiltersInput`, ...) built by the sync engine. */
export type CmsFilters = Record<string, unknown>;

/**
 * Relation fields (same name in the query and the entry data) and the site collection their
 * targets belong to (a name in collections.ts, checked there): a change to a target must refresh
 * the entries that show it, and pages link only targets the site has.
 */
export type Relations = Readonly<Record<string, string>>;

type RelationValue = { documentId: string; updatedAt?: string | null } | null;
/** What every full node has (the fields the sync engine reads). */
export type FullNode = {
  documentId: string;
  locale: string | null;
  updatedAt: string | null;
  slug: string;
};
/** A document the CMS lists: identity and last change (what the sync index gives). */
export type IdNode = { documentId: string; updatedAt: string | null };

type PageVariables = { locale: string; page: number; pageSize: number; filters?: unknown };

export type CollectionSpec<TSchema extends ZodType = ZodType, TRelations extends Relations = Relations> = {
  kind: 'collection';
  /** The CMS content type (uid) it reads, as the sync index names it. */
  contentType: string;
  /** The entries' data as the pages see it; an entry it refuses is left out of the build. */
  schema: TSchema;
  /** The query that reads one page of entries (its operation is named in logs and by the fake CMS). */
  query: TypedDocumentNode<unknown, never>;
  relations: TRelations;
  /** Whether entries link downloadable files (data.files[].href) that the build must copy. */
  hasFiles: boolean;
  fetchPage: (
    client: CmsClient,
    variables: { locale: string; page: number; pageSize: number; filters: CmsFilters | null },
  ) => Promise<Connection<FullNode> | null>;
  /** The relation values of a node or of stored entry data, by field. */
  relationsOf: (node: object) => Record<string, RelationValue | RelationValue[]>;
  toData: (node: FullNode, ctx: ShapeContext) => Promise<Record<string, unknown>>;
};

type NodeOf<TConnection> = TConnection extends { nodes: Array<infer N> } ? N : never;

export const defineCollectionSpec = <
  TSchema extends ZodType,
  const TRelations extends Relations,
  TPage,
  TPageVariables extends PageVariables,
  TConnection extends Connection<FullNode>,
>(spec: {
  contentType: string;
  schema: TSchema;
  query: TypedDocumentNode<TPage, TPageVariables>;
  connection: (result: TPage) => TConnection | null | undefined;
  relations: TRelations;
  hasFiles?: boolean;
  toData: (
    node: NodeOf<TConnection>,
    ctx: ShapeContext,
  ) => Promise<Record<string, unknown>> | Record<string, unknown>;
}): CollectionSpec<TSchema, TRelations> => ({
  kind: 'collection',
  contentType: spec.contentType,
  schema: spec.schema,
  query: spec.query as TypedDocumentNode<unknown, never>,
  relations: spec.relations,
  hasFiles: spec.hasFiles ?? false,
  // The generated variable types name each collection's own filter input; the engine's filters
  // use only fields every collection has (updatedAt, documentId, its relations), hence the cast.
  fetchPage: async (client, variables) =>
    spec.connection(await client.request(spec.query, variables as TPageVariables)) ?? null,
  relationsOf: (node) => {
    const record = node as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(spec.relations).map((field) => [
        field,
        (record[field] ?? null) as RelationValue | RelationValue[],
      ]),
    );
  },
  toData: async (node, ctx) => spec.toData(node as NodeOf<TConnection>, ctx),
});

/** A single type: one entry per locale, read with one small query each. */
export type SingleSpec<TSchema extends ZodType = ZodType> = {
  kind: 'single';
  /** The CMS content type (uid) it reads, as the sync index names it. */
  contentType: string;
  schema: TSchema;
  /** The query that reads one locale's entry. */
  query: TypedDocumentNode<unknown, never>;
  fetch: (client: CmsClient, locale: string) => Promise<SingleNode | null>;
  toData: (node: SingleNode, ctx: ShapeContext) => Record<string, unknown>;
};
export type SingleNode = { documentId: string; locale: string | null; updatedAt: string | null };

export const defineSingleSpec = <
  TSchema extends ZodType,
  TResult,
  TVariables extends { locale: string },
  TNode extends SingleNode,
>(spec: {
  contentType: string;
  schema: TSchema;
  query: TypedDocumentNode<TResult, TVariables>;
  pick: (result: TResult) => TNode | null | undefined;
  toData: (node: TNode, ctx: ShapeContext) => Record<string, unknown>;
}): SingleSpec<TSchema> => ({
  kind: 'single',
  contentType: spec.contentType,
  schema: spec.schema,
  query: spec.query as TypedDocumentNode<unknown, never>,
  fetch: async (client, locale) =>
    spec.pick(await client.request(spec.query, { locale } as TVariables)) ?? null,
  toData: (node, ctx) => spec.toData(node as TNode, ctx),
});
