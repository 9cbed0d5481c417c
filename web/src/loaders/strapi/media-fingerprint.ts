import { MediaLibraryFingerprintDocument } from '@platform/shared-types';
import type { CmsClient } from './client';

/**
 * "<file count>:<newest updatedAt>" of the CMS media library. An editor replacing a guide's PDF
 * or a cover image changes neither the entry's updatedAt nor the file's URL, and deleting a file
 * silently drops it from entries; a different fingerprint makes the next sync a full one.
 */
export const fetchMediaFingerprint = async (client: CmsClient): Promise<string> => {
  const result = await client.request(MediaLibraryFingerprintDocument, {});
  const connection = result.uploadFiles_connection;
  return `${connection?.pageInfo.total ?? 0}:${connection?.nodes[0]?.updatedAt ?? ''}`;
};
