/**
 * The CMS's sync index (`siteSyncIndex`, cms/src/graphql/site-sync-index.ts): every published
 * entry of every site content type, every locale, as documentId + updatedAt, in one request. It
 * says what exists now, so deletions, unpublishes and stale copies are found without a request
 * per collection. The CMS and the site ship together: a CMS without the query, or whose index
 * does not cover a site content type, is a deployment mistake, and the build stops saying so.
 */
import { ClientError } from 'graphql-request';
import { SiteSyncIndexDocument } from '@platform/shared-types';
import { CmsRequestError, type CmsClient } from './client';
import { keyOf } from './keys';
import type { IdNode } from './spec';

export type SyncIndex = {
  /**
   * A content type's published entries in the given locales, by `keyOf(locale, documentId)`.
   * Throws when the index does not cover the type, or it is not localized (the sync keys entries
   * by locale).
   */
  entriesOf: (contentType: string, locales: readonly string[]) => ReadonlyMap<string, IdNode>;
  /** Entries listed, for the log. */
  size: number;
};

/** One content type as the CMS lists it: entry i is documentIds[i] in locales[i], at updatedAts[i]. */
type Columns = {
  uid: string;
  documentIds: string[];
  locales: Array<string | null>;
  updatedAts: Array<string | null>;
};

/** Whether a failed request means "this CMS has no siteSyncIndex query" (and nothing worse). */
const isMissingQuery = (error: unknown): boolean => {
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof ClientError)) return false;
  const errors = cause.response.errors ?? [];
  return (
    errors.length > 0 &&
    errors.every(
      (e) =>
        e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
        /Cannot query field "siteSyncIndex"/.test(e.message),
    )
  );
};

export const indexOf = (contentTypes: readonly Columns[]): SyncIndex => {
  for (const { uid, documentIds, locales, updatedAts } of contentTypes) {
    if (locales.length !== documentIds.length || updatedAts.length !== documentIds.length) {
      throw new Error(`The CMS's sync index for ${uid} has lists of different lengths`);
    }
  }
  const byType = new Map(contentTypes.map((columns) => [columns.uid, columns]));
  return {
    entriesOf: (contentType, locales) => {
      const columns = byType.get(contentType);
      if (!columns) {
        throw new Error(
          `The CMS's sync index does not list ${contentType}: the CMS is not the one this site was built for (update it)`,
        );
      }
      if (columns.locales.includes(null)) {
        throw new Error(
          `The CMS's sync index lists ${contentType} without locales: the site needs it localized`,
        );
      }
      const wanted = new Set(locales);
      const found = new Map<string, IdNode>();
      columns.documentIds.forEach((documentId, i) => {
        const locale = columns.locales[i] ?? '';
        // Content in a locale the CMS no longer lists is not read.
        if (wanted.has(locale)) {
          found.set(keyOf(locale, documentId), { documentId, updatedAt: columns.updatedAts[i] ?? null });
        }
      });
      return found;
    },
    size: contentTypes.reduce((sum, { documentIds }) => sum + documentIds.length, 0),
  };
};

/** The CMS's sync index; a CMS without the query is named as older than the site. */
export const fetchSyncIndex = async (client: CmsClient): Promise<SyncIndex> => {
  try {
    const result = await client.request(SiteSyncIndexDocument, {});
    return indexOf(result.siteSyncIndex.contentTypes);
  } catch (error) {
    if (!isMissingQuery(error)) throw error;
    throw new CmsRequestError(
      `The CMS at ${client.url} has no siteSyncIndex query: it is older than this site (deploy the CMS and the site together)`,
      { cause: error },
    );
  }
};
