/**
 * For the backup round trip: CMS instances' storage (a database and an uploads folder) that
 * outlive one in-process boot, and the real `npm run backup` / `npm run restore` scripts run as
 * child processes against them, as an operator runs them (same files, same Node, own process).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { testDistDir } from './paths';
import { createTestDatabase } from './test-database';
import { TEST_SECRETS } from './strapi';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** A database and uploads folder, empty until something writes to them. */
export type Storage = {
  /** DATABASE_* and PUBLIC_DIR for a CMS (startTestCms's `env`, or a child's). */
  env: Record<string, string>;
  uploadsDir: string;
  drop: () => Promise<void>;
};

/** On the database DATABASE_CLIENT names, like every integration test, with its uploads folder. */
export const createStorage = async (): Promise<Storage> => {
  const database = await createTestDatabase();
  const uploadsDir = path.join(database.env.PUBLIC_DIR as string, 'uploads');
  mkdirSync(uploadsDir, { recursive: true });
  return { env: database.env, uploadsDir, drop: database.drop };
};

export type CommandResult = { code: number; stdout: string; stderr: string; ms: number };

export type CommandEnv = {
  storage: Storage;
  backupDir: string;
  key: string;
  /** More settings for the command, e.g. BACKUP_KEEP. */
  extra?: Record<string, string>;
};

/**
 * Runs scripts/backup/<script> with Node as `npm run backup|restore` does, against `storage`.
 * The child gets the test secrets and an empty env file, so nothing comes from a developer's
 * .env, and the CMS this test run compiled, so cms/dist (shared with `npm start`) is not touched.
 */
export const runBackupScript = (
  script: 'backup.ts' | 'restore.ts',
  args: string[],
  { storage, backupDir, key, extra = {} }: CommandEnv,
): Promise<CommandResult> => {
  const emptyEnvFile = path.join(backupDir, '..', 'empty.env');
  writeFileSync(emptyEnvFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ENV_PATH: emptyEnvFile,
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...TEST_SECRETS,
    ...storage.env,
    BACKUP_ENCRYPTION_KEY: key,
    BACKUP_DIR: backupDir,
    BACKUP_CMS_DIST_DIR: testDistDir(),
    ...extra,
  };
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'scripts', 'backup', script), ...args],
      { cwd: REPO_ROOT, env, timeout: 120_000, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({
          code,
          stdout: stdout.trim(),
          stderr: stderr.trim(),
          ms: Math.round(performance.now() - started),
        });
      },
    );
  });
};
