/**
 * The content API's list queries without N+1: Strapi's GraphQL resolves every relation, media
 * field and component of every listed entry on its own (`load` per entry and field), which made
 * the site build's full sync of 10,000 articles ~60,000 database queries (48 s). Here a list of a
 * site content type (`articles_connection`, `articles`…) reads what its selection asks for of
 * every listed entry at once: one document-service query per page, whose populate Strapi's
 * database layer resolves with one query per relation, component and media field for all rows.
 * The field resolvers then answer from what was read.
 *
 * Nothing else changes:
 *  - the same queries, arguments and answers (tests compare every field with Strapi's own
 *    resolvers); the site's queries are unchanged;
 *  - only published content: the page is read with `status: 'published'` through the document
 *    service (where the drafts guard applies), and relation targets with draft and publish are
 *    read published only, as Strapi's own resolver does;
 *  - every field keeps Strapi's authorisation (the scope of a relation's target is checked before
 *    the answer is served), and anything unusual (filters or sort on a nested list, a status, a
 *    relation of a relation, a polymorphic relation, localizations) goes to Strapi's resolver.
 */
import type { Core } from '@strapi/strapi';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { COLLECTION_TYPES } from '../content/site-content-types';
import {
  graphqlExtension,
  type ResolverMiddleware,
  type ResolversConfig,
} from '../register/graphql-extension';

type Attribute = {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
};
type Model = {
  uid: string;
  modelType?: string;
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
};
type Row = Record<string, unknown> & { id?: unknown };
/** Strapi's document-service populate: a field → true, or its own fields, filters and populate. */
type Populate = Record<string, true | { fields?: string[]; filters?: unknown; populate?: Populate }>;

type GraphqlUtils = {
  naming: {
    getTypeName: (model: Model) => string;
    getComponentName: (model: Model) => string;
    getFindQueryName: (model: Model) => string;
    getFindConnectionQueryName: (model: Model) => string;
  };
};
type TransformArgs = (
  args: Record<string, unknown>,
  options: { contentType: Model; usePagination: boolean },
) => Record<string, unknown>;

/** Which fields of an object (a listed entry, or a component read with it) were read in bulk. */
const prefetched = new WeakMap<object, ReadonlySet<string>>();

const RELATIONAL = new Set(['relation', 'media', 'component', 'dynamiczone']);
const UPLOAD_FILE = 'plugin::upload.file';

const isMorph = (attribute: Attribute): boolean => (attribute.relation ?? '').toLowerCase().includes('morph');
const hasDraftAndPublish = (model: Model): boolean => model.options?.draftAndPublish === true;

/** The fields selected on a selection set, by name (aliases merged), with their own selections. */
const selectedFields = (
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
): Map<string, SelectionSetNode[]> => {
  const fields = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        const sub = fields.get(selection.name.value) ?? [];
        if (selection.selectionSet) sub.push(selection.selectionSet);
        fields.set(selection.name.value, sub);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
};

/**
 * What to read in bulk for a selection on `model`: components (with what they select), media,
 * and, on the listed entries and their components, relations (only the target's scalar fields
 * selected; published targets only).
 */
const populateFor = (
  strapi: Core.Strapi,
  info: GraphQLResolveInfo,
  model: Model,
  sets: readonly SelectionSetNode[],
): Populate => {
  const populate: Populate = {};
  for (const [name, sub] of selectedFields(info, sets)) {
    const attribute = model.attributes[name];
    if (!attribute) continue;
    if (attribute.type === 'component' && attribute.component) {
      const component = strapi.getModel(attribute.component as never) as unknown as Model;
      populate[name] = { populate: populateFor(strapi, info, component, sub) };
    } else if (attribute.type === 'media') {
      populate[name] = true;
    } else if (
      attribute.type === 'relation' &&
      attribute.target &&
      !isMorph(attribute) &&
      name !== 'localizations'
    ) {
      const target = strapi.getModel(attribute.target as never) as unknown as Model;
      const scalars = [...selectedFields(info, sub).keys()].filter((field) => {
        const targetAttribute = target.attributes[field];
        return targetAttribute !== undefined && !RELATIONAL.has(targetAttribute.type);
      });
      populate[name] = {
        fields: [...new Set(['documentId', ...scalars])],
        ...(hasDraftAndPublish(target) ? { filters: { publishedAt: { $notNull: true } } } : {}),
      };
    }
  }
  return populate;
};

/** Records which fields of `row` (and of the components read with it) were read in bulk. */
const markPrefetched = (row: Row, populate: Populate): void => {
  prefetched.set(row, new Set(Object.keys(populate)));
  for (const [field, spec] of Object.entries(populate)) {
    if (spec === true || !spec.populate) continue;
    const value = row[field];
    for (const item of Array.isArray(value) ? value : value ? [value] : []) {
      if (item !== null && typeof item === 'object') markPrefetched(item as Row, spec.populate);
    }
  }
};

/** The selection sets a list's entries are read with (`nodes { … }` of a connection). */
const entrySelections = (info: GraphQLResolveInfo, connection: boolean): SelectionSetNode[] => {
  const roots = info.fieldNodes.flatMap((node: FieldNode) => (node.selectionSet ? [node.selectionSet] : []));
  return connection ? (selectedFields(info, roots).get('nodes') ?? []) : roots;
};

const isPublishedRead = (args: Record<string, unknown>): boolean =>
  args.status == null || String(args.status).toLowerCase() === 'published';

/** After Strapi has read a list, reads what its entries' selection needs, for all of them at once. */
const readListInBulk =
  (strapi: Core.Strapi, model: Model, connection: boolean): ResolverMiddleware =>
  async (next, parent, args, context, info) => {
    const result = await next(parent, args, context, info);
    const rows = (connection ? (result as { nodes?: unknown } | null)?.nodes : result) as Row[] | undefined;
    if (!Array.isArray(rows) || rows.length === 0 || !isPublishedRead(args)) return result;
    const resolveInfo = info as GraphQLResolveInfo;
    const populate = populateFor(strapi, resolveInfo, model, entrySelections(resolveInfo, connection));
    if (Object.keys(populate).length === 0) return result;
    const documents = strapi.documents(model.uid as never) as unknown as {
      findMany: (params: Record<string, unknown>) => Promise<Row[]>;
    };
    const read = await documents.findMany({
      status: 'published',
      ...(typeof args.locale === 'string' ? { locale: args.locale } : {}),
      filters: { id: { $in: rows.map((row) => row.id) } },
      fields: ['documentId'],
      populate,
      limit: rows.length,
    });
    const byId = new Map(read.map((row) => [row.id, row]));
    for (const row of rows) {
      const bulk = byId.get(row.id);
      // Not read again (changed in between): Strapi's own resolvers answer for it.
      if (!bulk) continue;
      for (const field of Object.keys(populate)) row[field] = bulk[field];
      markPrefetched(row, populate);
    }
    return result;
  };

/**
 * A relation, media or component field: the value read in bulk when there is one (sliced as
 * Strapi pages a nested list), Strapi's own resolver otherwise.
 */
const answerFromBulk =
  (strapi: Core.Strapi, attribute: Attribute): ResolverMiddleware =>
  async (next, parent, args, context, info) => {
    const { fieldName } = info as GraphQLResolveInfo;
    if (parent === null || typeof parent !== 'object' || !prefetched.get(parent)?.has(fieldName)) {
      return next(parent, args, context, info);
    }
    const value = (parent as Row)[fieldName];
    const toMany =
      attribute.type === 'relation'
        ? (attribute.relation ?? '').endsWith('Many')
        : attribute.type === 'media'
          ? attribute.multiple === true
          : attribute.repeatable === true;
    let answer: unknown = value ?? null;
    if (toMany) {
      const targetUid = attribute.type === 'media' ? UPLOAD_FILE : (attribute.target ?? attribute.component);
      const target = strapi.getModel(targetUid as never) as unknown as Model;
      const transformArgs = (
        strapi.plugin('graphql').service('builders') as unknown as { utils: { transformArgs: TransformArgs } }
      ).utils.transformArgs;
      const { start = 0, limit, ...rest } = transformArgs(args, { contentType: target, usePagination: true });
      // Filters, a sort or a status on the nested list: Strapi's resolver reads it as asked.
      if (Object.keys(rest).length > 0) return next(parent, args, context, info);
      const list = Array.isArray(value) ? value : [];
      const from = Number(start);
      answer = typeof limit === 'number' && limit >= 0 ? list.slice(from, from + limit) : list.slice(from);
    }
    if (attribute.type !== 'media' || answer === null || !strapi.plugin('upload')) return answer;
    // As Strapi's media resolver does: a private upload provider's URLs are signed.
    const { signFileUrls } = strapi.plugin('upload').service('file') as {
      signFileUrls: (file: unknown) => Promise<unknown>;
    };
    return Array.isArray(answer)
      ? Promise.all(answer.map((file) => signFileUrls(file)))
      : signFileUrls(answer);
  };

/** Lists of every site collection type read in bulk; their entries' and components' fields answered from it. */
export const registerBatchedRelations = (strapi: Core.Strapi): void => {
  const extension = graphqlExtension(strapi);
  if (!extension) return;
  extension.use(({ strapi: app }) => {
    const { naming } = app.plugin('graphql').service('utils') as unknown as GraphqlUtils;
    const resolversConfig: ResolversConfig = {};
    const models = COLLECTION_TYPES.map((uid) => app.getModel(uid) as unknown as Model);
    for (const model of models) {
      resolversConfig[`Query.${naming.getFindConnectionQueryName(model)}`] = {
        middlewares: [readListInBulk(app, model, true)],
      };
      resolversConfig[`Query.${naming.getFindQueryName(model)}`] = {
        middlewares: [readListInBulk(app, model, false)],
      };
    }
    const components = Object.values(app.components as unknown as Record<string, Model>);
    for (const model of [...models, ...components]) {
      const typeName =
        model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
      for (const [name, attribute] of Object.entries(model.attributes)) {
        if (attribute.type !== 'relation' && attribute.type !== 'media' && attribute.type !== 'component')
          continue;
        resolversConfig[`${typeName}.${name}`] = { middlewares: [answerFromBulk(app, attribute)] };
      }
    }
    return { resolversConfig };
  });
};
