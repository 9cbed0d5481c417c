/**
 * A fingerprint of everything published in the CMS that the site is built from: every published
 * entry of every site content type in every locale (documentId, locale, updatedAt: the CMS's
 * `siteSyncIndex`, cms/src/graphql/site-sync-index.ts) and the media library (file count and
 * newest change, as web/src/loaders/strapi/media-fingerprint.ts reads it), and the editors'
 * redirects (`siteRedirects`, cms/src/redirects/). Publishing, unpublishing, deleting, editing a
 * published entry, replacing a file or saving a redirect changes it; saving a draft does not. Read with the site build's read-only token, so it sees what the build sees.
 */
import { createHash } from 'node:crypto';

export type CmsAccess = { url: string; token: string };
export type ReadFingerprint = (signal?: AbortSignal) => Promise<string>;

// The same queries as web/src/loaders/strapi/graphql/{sync-index,media}.graphql (checked against
// the CMS's schema in __tests__/reconcile.test.ts).
export const SYNC_INDEX_QUERY = /* GraphQL */ `
  query ReconcileSyncIndex {
    siteSyncIndex {
      contentTypes {
        uid
        documentIds
        locales
        updatedAts
      }
    }
    siteRedirects {
      manual {
        documentId
        fromPath
        toPath
      }
    }
  }
`;
export const MEDIA_QUERY = /* GraphQL */ `
  query ReconcileMediaLibrary {
    uploadFiles_connection(pagination: { pageSize: 1 }, sort: ["updatedAt:desc"]) {
      nodes {
        updatedAt
      }
      pageInfo {
        total
      }
    }
  }
`;

const DEFAULT_TIMEOUT_MS = 10_000;

export class FingerprintError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FingerprintError';
  }
}

const causeOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const text = cause?.code ?? cause?.message ?? (error as { message?: unknown }).message;
  return typeof text === 'string' ? text : String(error);
};

const query = async (cms: CmsAccess, text: string, signal: AbortSignal): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${cms.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: text }),
      signal,
    });
  } catch (error) {
    throw new FingerprintError(`cannot reach the CMS at ${cms.url} (${causeOf(error)})`, { cause: error });
  }
  const body = (await response.json().catch(() => null)) as {
    data?: unknown;
    errors?: { message?: string }[];
  } | null;
  if (!response.ok || !body || body.errors?.length || body.data == null) {
    const messages = body?.errors?.map((e) => e.message).join('; ');
    throw new FingerprintError(
      `the CMS at ${cms.url} did not answer the content query (HTTP ${response.status}${messages ? `: ${messages}` : ''})`,
    );
  }
  return body.data;
};

/** The fingerprint of the two answers: any change in either gives another one. */
export const fingerprintOf = (syncIndex: unknown, mediaLibrary: unknown): string =>
  `sha256:${createHash('sha256').update(JSON.stringify({ syncIndex, mediaLibrary })).digest('hex')}`;

export const createFingerprintReader =
  (cms: CmsAccess, timeoutMs = DEFAULT_TIMEOUT_MS): ReadFingerprint =>
  async (signal) => {
    const limit = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, limit]) : limit;
    const [syncIndex, mediaLibrary] = await Promise.all([
      query(cms, SYNC_INDEX_QUERY, combined),
      query(cms, MEDIA_QUERY, combined),
    ]);
    return fingerprintOf(syncIndex, mediaLibrary);
  };
