/**
 * `npm run backup`: one encrypted archive of all the CMS's content and uploaded files, in
 * BACKUP_DIR (default backups/), from the database the environment (.env) names. Safe while
 * the CMS runs: it only reads. Prints the archive's path and size; never overwrites an archive.
 * Then keeps the newest BACKUP_KEEP archives (default 14; 0 keeps all) and deletes older ones.
 *   node --env-file-if-exists=.env scripts/backup/backup.ts
 */
import { chmodSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  archiveStem,
  formatBytes,
  partialStem,
  publishArchive,
  rotateArchives,
  ARCHIVE_EXTENSION,
} from './archive-file.ts';
import { compiledCms } from './compiled-cms.ts';
import { describeTransfer } from './data-transfer.ts';
import { loadBackupConfig } from './env.ts';
import { exportArchive } from './export-archive.ts';
import { describeDatabase, loadCms } from './load-cms.ts';
import { REPO_ROOT } from './paths.ts';
import { runCommand, seconds } from './run-command.ts';

runCommand('Backup', async () => {
  parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: false });
  const config = loadBackupConfig(REPO_ROOT);
  const distDir = compiledCms(config.cmsDistDir, (line) => console.error(line));
  // Encrypted, but still the charity's whole content: readable by this account only.
  mkdirSync(config.backupDir, { recursive: true, mode: 0o700 });
  const stem = archiveStem(new Date());
  const partial = partialStem(config.backupDir, stem);
  // Whatever happens (an error, Ctrl-C), no half-written archive stays behind.
  process.once('exit', () => rmSync(`${partial}${ARCHIVE_EXTENSION}`, { force: true }));

  const started = performance.now();
  const strapi = await loadCms(distDir);
  try {
    console.error(`Backing up the ${describeDatabase(strapi)} and its uploaded files…`);
    const { file, results, warnings } = await exportArchive(strapi, partial, config.encryptionKey);
    chmodSync(file, 0o600);
    const archive = publishArchive(file, config.backupDir, stem);
    for (const warning of warnings) console.error(`Warning: ${warning}`);
    console.error(`Backed up in ${seconds(started)}: ${describeTransfer(results)}.`);
    // Only once the new archive is whole: a failed backup never costs an old one.
    const removed = rotateArchives(config.backupDir, config.keep, archive);
    if (removed.length > 0) {
      console.error(
        `Kept the newest ${config.keep} archives (BACKUP_KEEP); deleted ${removed.map((f) => path.basename(f)).join(', ')}.`,
      );
    }
    console.log(`${archive} (${formatBytes(statSync(archive).size)})`);
  } finally {
    await strapi.destroy();
  }
  return 0;
});
