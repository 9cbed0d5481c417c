/**
 * How the loader reads one site collection: its typed GraphQL documents, which fields are
 * relations (for incremental sync) and how a GraphQL node becomes the collection's entry data.
 * `defineCollectionSpec` keeps each spec fully typed against the generated query types and hands
 * the sync engine a uniform shape.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CmsClient } from './client';
import type { SiteCollectionName } from './names';
import type { Connection } from './paging';
import type { ShapeContext } from './shape/context';

/** A Strapi filter object (`ArticleFiltersInput`, ...) built by the sync engine. */
export type CmsFilters = Record<string, unknown>;

type RelationValue = { documentId: string; updatedAt?: string | null } | null;
/** What every full node has (the fields the sync engine reads). */
export type FullNode = {
  documentId: string;
  locale: string | null;
  updatedAt: string | null;
  slug: string;
};
/** A node of an id-only scan: identity and last change. */
export type IdNode = { documentId: string; updatedAt: string | null };

type PageVariables = { locale: string; page: number; pageSize: number; filters?: unknown };
type IdsVariables = { locale: string; page: number; pageSize: number };

export type CollectionSpec = {
  kind: 'collection';
  /** The CMS content type (uid) it reads, as the sync index names it. */
  contentType: string;
  /**
   * Relation fields (same name in the full query and the entry data) and the site collection
   * their targets belong to: a change to a target must refresh the entries that show it.
   */
  relations: Readonly<Record<string, SiteCollectionName>>;
  /** Whether entries link downloadable files (data.files[].href) that the build must copy. */
  hasFiles: boolean;
  fetchPage: (
    client: CmsClient,
    variables: { locale: string; page: number; pageSize: number; filters: CmsFilters | null },
  ) => Promise<Connection<FullNode> | null>;
  fetchIds: (
    client: CmsClient,
    variables: { locale: string; page: number; pageSize: number },
  ) => Promise<Connection<IdNode> | null>;
  /** The relation values of a node or of stored entry data, by field. */
  relationsOf: (node: object) => Record<string, RelationValue | RelationValue[]>;
  toData: (node: FullNode, ctx: ShapeContext) => Promise<Record<string, unknown>>;
};

type NodeOf<TConnection> = TConnection extends { nodes: Array<infer N> } ? N : never;

export const defineCollectionSpec = <
  TPage,
  TPageVariables extends PageVariables,
  TIds,
  TIdsVariables extends IdsVariables,
  TConnection extends Connection<FullNode>,
>(spec: {
  contentType: string;
  pageQuery: TypedDocumentNode<TPage, TPageVariables>;
  pageConnection: (result: TPage) => TConnection | null | undefined;
  idsQuery: TypedDocumentNode<TIds, TIdsVariables>;
  idsConnection: (result: TIds) => Connection<IdNode> | null | undefined;
  relations: Readonly<Record<string, SiteCollectionName>>;
  hasFiles?: boolean;
  toData: (
    node: NodeOf<TConnection>,
    ctx: ShapeContext,
  ) => Promise<Record<string, unknown>> | Record<string, unknown>;
}): CollectionSpec => ({
  kind: 'collection',
  contentType: spec.contentType,
  relations: spec.relations,
  hasFiles: spec.hasFiles ?? false,
  // The generated variable types name each collection's own filter input; the engine's filters
  // use only fields every collection has (updatedAt, documentId, its relations), hence the casts.
  fetchPage: async (client, variables) =>
    spec.pageConnection(await client.request(spec.pageQuery, variables as TPageVariables)) ?? null,
  fetchIds: async (client, variables) =>
    spec.idsConnection(await client.request(spec.idsQuery, variables as TIdsVariables)) ?? null,
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
export type SingleSpec = {
  kind: 'single';
  /** The CMS content type (uid) it reads, as the sync index names it. */
  contentType: string;
  fetch: (client: CmsClient, locale: string) => Promise<SingleNode | null>;
  toData: (node: SingleNode, ctx: ShapeContext) => Record<string, unknown>;
};
export type SingleNode = { documentId: string; locale: string | null; updatedAt: string | null };

export const defineSingleSpec = <
  TResult,
  TVariables extends { locale: string },
  TNode extends SingleNode,
>(spec: {
  contentType: string;
  query: TypedDocumentNode<TResult, TVariables>;
  pick: (result: TResult) => TNode | null | undefined;
  toData: (node: TNode, ctx: ShapeContext) => Record<string, unknown>;
}): SingleSpec => ({
  kind: 'single',
  contentType: spec.contentType,
  fetch: async (client, locale) =>
    spec.pick(await client.request(spec.query, { locale } as TVariables)) ?? null,
  toData: (node, ctx) => spec.toData(node as TNode, ctx),
});
