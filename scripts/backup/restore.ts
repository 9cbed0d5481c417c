/**
 * `npm run restore -- <archive> [--force] [--accept-schema-changes]`: restores an archive made
 * by `npm run backup` into the CMS database and uploads folder the environment (.env) names.
 * Meant for an empty instance (a new database): it refuses to replace content that is there
 * unless --force. Stop the CMS first. Administrators and API tokens are not in archives: the
 * instance keeps its own (the first administrator and the build token come from .env).
 *   node --env-file-if-exists=.env scripts/backup/restore.ts <archive> [--force]
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchiveKey } from './archive-key.ts';
import { compiledCms } from './compiled-cms.ts';
import { describeTransfer } from './data-transfer.ts';
import { loadBackupConfig } from './env.ts';
import { importArchive } from './import-archive.ts';
import { describeHoldings, instanceHoldings } from './instance-content.ts';
import { describeDatabase, loadCms } from './load-cms.ts';
import { REPO_ROOT } from './paths.ts';
import { runCommand, seconds } from './run-command.ts';

const USAGE = 'Usage: npm run restore -- <archive.tar.gz.enc> [--force] [--accept-schema-changes]';

runCommand('Restore', async () => {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'accept-schema-changes': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const config = loadBackupConfig(REPO_ROOT);
  const file = path.resolve(config.invokedFrom, positionals[0] as string);
  if (!existsSync(file)) throw new Error(`there is no file ${file}`);
  if (!statSync(file).isFile()) throw new Error(`${file} is not a file`);
  switch (checkArchiveKey(file, config.encryptionKey)) {
    case 'not-an-archive':
      throw new Error(`${file} is not an archive made by npm run backup (an encrypted .tar.gz.enc)`);
    case 'does-not-open':
      throw new Error(
        `BACKUP_ENCRYPTION_KEY does not open ${file}: the backup was made with another key ` +
          '(set BACKUP_ENCRYPTION_KEY to that one), or the file is not a backup. Nothing was changed.',
      );
  }

  const distDir = compiledCms(config.cmsDistDir, (line) => console.error(line));
  const started = performance.now();
  const strapi = await loadCms(distDir);
  try {
    const where = describeDatabase(strapi);
    const holdings = await instanceHoldings(strapi);
    if (holdings.length > 0 && !values.force) {
      console.error(
        `Restore refused: the CMS is not empty, and restoring replaces everything in it with the backup.\n` +
          `It holds ${describeHoldings(holdings)} (in the ${where}).\n` +
          'Nothing was changed. To replace that content with the backup, stop the CMS and run again with --force:\n' +
          `  npm run restore -- ${positionals[0]} --force`,
      );
      return 1;
    }
    console.error(`Restoring ${file} into the ${where}…`);
    const { results, warnings } = await importArchive(strapi, {
      file,
      key: config.encryptionKey,
      acceptSchemaChanges: values['accept-schema-changes'],
    });
    for (const warning of warnings) console.error(`Warning: ${warning}`);
    console.log(`Restored ${file} in ${seconds(started)}: ${describeTransfer(results)}.`);
  } finally {
    await strapi.destroy();
  }
  return 0;
});
