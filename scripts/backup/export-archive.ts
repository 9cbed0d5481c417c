/**
 * Writes one encrypted archive of a loaded CMS: every entry (all locales, drafts and published
 * versions), the links between them, the media library and its files, and the configuration
 * (the core store, credentials blanked; no webhooks: data-transfer.ts). Same engine, providers
 * and format as `strapi export`, so `strapi import` reads these archives too.
 */
import type { Core } from '@strapi/strapi';
import { ARCHIVE_EXTENSION } from './archive-file.ts';
import { collectWarnings, dataTransfer, transferTransforms, type TransferResults } from './data-transfer.ts';

export type ExportResult = { file: string; results: TransferResults; warnings: string[] };

/** `stem` is the path without extension: Strapi's file provider appends ARCHIVE_EXTENSION. */
export const exportArchive = async (
  strapi: Core.Strapi,
  stem: string,
  key: string,
): Promise<ExportResult> => {
  const dt = dataTransfer();
  const source = dt.strapi.providers.createLocalStrapiSourceProvider({
    getStrapi: async () => strapi,
    autoDestroy: false,
  });
  const destination = dt.file.providers.createLocalFileDestinationProvider({
    file: { path: stem },
    encryption: { enabled: true, key },
    compression: { enabled: true },
  });
  const engine = dt.engine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'ignore',
    transforms: transferTransforms(dt),
  });
  const warnings = collectWarnings(engine);
  const results = await engine.transfer();
  return { file: `${stem}${ARCHIVE_EXTENSION}`, results, warnings };
};
