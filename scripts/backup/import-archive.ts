/**
 * Restores an archive into a loaded CMS with Strapi's `strapi import` machinery: everything of
 * the kinds the archive holds is deleted first, then entries, media files, links and
 * configuration are written, the database part in one transaction. Administrators, API tokens
 * and webhooks are not taken from archives and are left as they are.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { collectWarnings, dataTransfer, transferTransforms, type TransferResults } from './data-transfer.ts';
import { uploadsDirOf } from './load-cms.ts';

const WEBHOOK_MODEL = 'strapi::webhook';

export type ImportOptions = {
  file: string;
  key: string;
  /** Restore even where the archive's content model differs from this CMS's (what no longer fits is dropped). */
  acceptSchemaChanges: boolean;
};

export type ImportResult = { results: TransferResults; warnings: string[] };

export class SchemaMismatchError extends Error {
  constructor(details: string, cause: unknown) {
    super(
      `The backup was made with a different content model than this CMS has now:\n${details}\n` +
        'Restore it with the version of the code it was made with, or run again with ' +
        '--accept-schema-changes to restore what still fits and drop the rest.',
      { cause },
    );
    this.name = 'SchemaMismatchError';
  }
}

export const importArchive = async (strapi: Core.Strapi, options: ImportOptions): Promise<ImportResult> => {
  const dt = dataTransfer();
  const source = dt.file.providers.createLocalFileSourceProvider({
    file: { path: options.file },
    encryption: { enabled: true, key: options.key },
    compression: { enabled: true },
  });
  const ignored = [
    ...Object.keys(strapi.contentTypes).filter((uid) => dt.strapi.isIgnoredOfficialTransferType(uid)),
    ...dt.strapi.getIgnoredOfficialTransferTypes(),
    // Strapi clears every model it is not told to keep, its webhook table too.
    WEBHOOK_MODEL,
  ];
  const destination = dt.strapi.providers.createLocalStrapiDestinationProvider({
    getStrapi: async () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    // Content, media files and the core store are replaced. Webhooks are the instance's own (its
    // WEBHOOK_URL and secret): kept as they are, and never taken from the archive (transforms).
    restore: {
      entities: { exclude: ignored },
      assets: true,
      configuration: { webhook: false, coreStore: true },
    },
  });
  const engine = dt.engine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'strict',
    transforms: transferTransforms(dt),
  });
  const warnings = collectWarnings(engine);
  destination.onWarning = (message) => warnings.push(message);
  if (options.acceptSchemaChanges) {
    engine.onSchemaDiff((context, next) => {
      context.ignoredDiffs = context.diffs;
      return next(context);
    });
  }
  // Strapi moves the uploads folder aside before deleting; it must exist for that.
  const uploads = uploadsDirOf(strapi);
  mkdirSync(uploads, { recursive: true });
  const setAside = path.join(strapi.dirs.static.public, destination.uploadsBackupDirectoryName);
  try {
    const results = await engine.transfer();
    return { results, warnings };
  } catch (error) {
    // The database part rolls back by itself; put the files that were there back too.
    if (existsSync(setAside)) {
      rmSync(uploads, { recursive: true, force: true });
      renameSync(setAside, uploads);
    }
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith('Invalid schema changes detected'))
      throw new SchemaMismatchError(message.split('\n').slice(1).join('\n'), error);
    // The key was checked before (archive-key.ts), so this is Strapi finding the file cut short.
    if (message.startsWith('Key is incorrect or the file'))
      throw new Error(`${options.file} cannot be read to the end: the archive is incomplete or damaged`, {
        cause: error,
      });
    throw new Error(`${message} (the database and the uploads folder were put back as they were)`, {
      cause: error,
    });
  }
};
