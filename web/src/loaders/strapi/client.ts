/**
 * A typed GraphQL client for the CMS (graphql-request) that turns transport failures into errors
 * an operator can act on: which CMS, what went wrong, what to check.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient, type RequestOptions, type Variables } from 'graphql-request';
import type { StrapiLoaderSettings } from './options';

export type CmsClient = {
  readonly url: string;
  request: <TResult, TVariables extends Variables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ) => Promise<TResult>;
};

export class CmsRequestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsRequestError';
  }
}

// Property checks rather than instanceof: fetch's errors may come from another realm (jest, vm).
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;

const causeText = (error: unknown): string => {
  const cause = field(error, 'cause');
  const text = field(cause, 'message') ?? field(cause, 'code') ?? field(error, 'message');
  return typeof text === 'string' && text.length > 0 ? text : String(error);
};

/** Translates whatever the request threw into one clear message naming the CMS. */
export const describeCmsError = (error: unknown, url: string): CmsRequestError => {
  if (error instanceof CmsRequestError) return error;
  if (error instanceof ClientError) {
    const status = error.response.status;
    if (status === 401 || status === 403) {
      return new CmsRequestError(
        `The CMS at ${url} refused the build token (HTTP ${status}): BUILD_API_TOKEN must be the CMS's read-only build token`,
        { cause: error },
      );
    }
    const messages = (error.response.errors ?? []).map((e) => e.message).join('; ');
    return new CmsRequestError(
      `The CMS at ${url} could not answer a query (HTTP ${status}): ${messages || 'no error message'}`,
      { cause: error },
    );
  }
  const name = field(error, 'name');
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new CmsRequestError(`The CMS at ${url} did not answer in time (${causeText(error)})`, {
      cause: error,
    });
  }
  if (name === 'TypeError' && /fetch failed/i.test(String(field(error, 'message')))) {
    return new CmsRequestError(`Cannot reach the CMS at ${url}: ${causeText(error)}. Is it running?`, {
      cause: error,
    });
  }
  return new CmsRequestError(`Reading the CMS at ${url} failed: ${causeText(error)}`, { cause: error });
};

const NULL_IN_REQUIRED_FIELD = /^Cannot return null for non-nullable field \w+\.(\w+)\.$/;

/**
 * The fields of listed entries that a query could not return because they are empty although
 * required (an entry restored, migrated or edited in the database; a field made required after
 * entries were published), or undefined for any other failure. GraphQL then drops the whole list,
 * so one such entry would hide every entry of its page. Only fields of the entries themselves
 * (`list.nodes[i].field`, `entry.field`): an empty field inside a component cannot be filtered
 * out safely.
 */
export const emptyRequiredFields = (error: unknown): string[] | undefined => {
  const errors = field(field(field(error, 'cause'), 'response'), 'errors');
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const fields = new Set<string>();
  for (const item of errors as unknown[]) {
    const match = NULL_IN_REQUIRED_FIELD.exec(String(field(item, 'message')));
    const at = field(item, 'path');
    // `list.nodes[i].field` of a collection, or `entry.field` of a single type.
    const own = Array.isArray(at) && (at.length === 2 || (at.length === 4 && at[1] === 'nodes'));
    if (!match || !own || at.at(-1) !== match[1]) return undefined;
    fields.add(String(match[1]));
  }
  return [...fields];
};

export const createCmsClient = (
  settings: Pick<StrapiLoaderSettings, 'url' | 'token' | 'timeoutMs'>,
  fetchImpl: typeof fetch = fetch,
): CmsClient => {
  const client = new GraphQLClient(`${settings.url}/graphql`, {
    headers: { Authorization: `Bearer ${settings.token}` },
    fetch: (input, init) => fetchImpl(input, { ...init, signal: AbortSignal.timeout(settings.timeoutMs) }),
  });
  return {
    url: settings.url,
    request: async <TResult, TVariables extends Variables>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
    ): Promise<TResult> => {
      try {
        // graphql-request types variables with a conditional type TypeScript cannot resolve for a
        // generic TVariables; the document's own type already ties the two together.
        const options = { document, variables } as unknown as RequestOptions<TVariables, TResult>;
        return await client.request<TResult, TVariables>(options);
      } catch (error) {
        throw describeCmsError(error, settings.url);
      }
    },
  };
};
