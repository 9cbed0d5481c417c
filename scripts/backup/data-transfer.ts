/**
 * What the backup and the restore share with `strapi export` / `strapi import`: Strapi's
 * data-transfer engine, the same filter on what goes into an archive, and the words for a
 * transfer's outcome.
 */
import type * as DataTransferModule from '@strapi/data-transfer';
import { requireFromCms } from './paths.ts';
import { formatBytes } from './archive-file.ts';
import { keepsConfigurationItem, withoutCredentials, type ConfigurationItem } from './archive-config.ts';

export type DataTransfer = typeof DataTransferModule;
export const dataTransfer = (): DataTransfer => requireFromCms('@strapi/data-transfer') as DataTransfer;

type Engine = ReturnType<DataTransfer['engine']['createTransferEngine']>;
export type EngineOptions = Parameters<DataTransfer['engine']['createTransferEngine']>[2];
export type TransferResults = Awaited<ReturnType<Engine['transfer']>>;

/**
 * Strapi's CLI leaves out the types it never transfers: administrators, their roles, API and
 * transfer tokens (admin::*) and content releases. The engine itself does not, so the same
 * filter is applied here. Of the configuration, webhooks (and their secret) and credentials are
 * left out too (archive-config.ts), both ways.
 */
export const transferTransforms = (dt: DataTransfer): NonNullable<EngineOptions['transforms']> => {
  const kept = (uid: string): boolean => !dt.strapi.isIgnoredOfficialTransferType(uid);
  return {
    entities: [{ filter: (entity) => kept(entity.type) }],
    links: [{ filter: (link) => kept(link.left.type) && kept(link.right.type) }],
    configuration: [
      { filter: (item) => keepsConfigurationItem(item as ConfigurationItem) },
      { map: (item) => withoutCredentials(item as ConfigurationItem) },
    ],
  };
};

/** Warnings the engine reports (a media file missing on disk, a link it skipped), for the summary. */
export const collectWarnings = (engine: Engine): string[] => {
  const warnings: string[] = [];
  engine.diagnostics.onDiagnostic((diagnostic) => {
    if (diagnostic.kind === 'warning') warnings.push(diagnostic.details.message);
  });
  return warnings;
};

/** "entities 412, links 530, assets 64 (3.1 MB), configuration 40". */
export const describeTransfer = (results: TransferResults): string =>
  Object.entries(results.engine ?? {})
    .filter(([stage]) => stage !== 'schemas')
    .map(([stage, data]) => {
      const count = data?.count ?? 0;
      return stage === 'assets'
        ? `${stage} ${count} (${formatBytes(data?.bytes ?? 0)})`
        : `${stage} ${count}`;
    })
    .join(', ');
