/**
 * The CMS's sync index (`siteSyncIndex`, cms/src/graphql/site-sync-index.ts): every published
 * entry of every site content type, every locale, as documentId + updatedAt, in one request. It
 * stands in for the id scans (one request per page per locale per collection). A CMS without
 * the query (older than the loader) answers with a validation error: then there is no index and
 * the sync scans ids as before.
 */
import { ClientError } from 'graphql-request';
import { SiteSyncIndexDocument } from '@platform/shared-types';
import type { CmsClient } from './client';
import { keyOf } from './keys';
import type { IdNode } from './spec';

export type SyncIndex = {
  /**
   * A content type's published entries in the given locales, by `keyOf(locale, documentId)`;
   * undefined when the index does not cover the type or it is not localized (the sync then
   * scans it).
   */
  entriesOf: (contentType: string, locales: readonly string[]) => ReadonlyMap<string, IdNode> | undefined;
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
      // A type the index does not cover, or not localized (the sync keys entries by locale): scan it.
      if (!columns || columns.locales.includes(null)) return undefined;
      const wanted = new Set(locales);
      const found = new Map<string, IdNode>();
      columns.documentIds.forEach((documentId, i) => {
        const locale = columns.locales[i] ?? '';
        // Content in a locale the CMS no longer lists is not read (as the id scans did not).
        if (wanted.has(locale)) {
          found.set(keyOf(locale, documentId), { documentId, updatedAt: columns.updatedAts[i] ?? null });
        }
      });
      return found;
    },
    size: contentTypes.reduce((sum, { documentIds }) => sum + documentIds.length, 0),
  };
};

/** The CMS's sync index, or null when the CMS does not have the query. */
export const fetchSyncIndex = async (client: CmsClient): Promise<SyncIndex | null> => {
  try {
    const result = await client.request(SiteSyncIndexDocument, {});
    return indexOf(result.siteSyncIndex.contentTypes);
  } catch (error) {
    if (isMissingQuery(error)) return null;
    throw error;
  }
};
