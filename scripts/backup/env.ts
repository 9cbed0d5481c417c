/**
 * The backup tools' one view of their environment, validated with zod. Nothing else in
 * scripts/backup reads process.env. The CMS's own settings (database, secrets) are read by the
 * CMS itself when it loads (cms/src/env.ts), from the same environment.
 */
import path from 'node:path';
import { z } from 'zod';

type Env = Readonly<Record<string, string | undefined>>;

// Values shipped in .env.example and templates: a key anyone can read is no key.
const PLACEHOLDER = /tobemodified|changeme|change-me|change_me|replace|placeholder|example|secret-here|^x+$/i;
export const MIN_KEY_LENGTH = 16;
/** Two weeks of nightly backups. */
export const DEFAULT_KEEP = 14;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  BACKUP_ENCRYPTION_KEY: z
    .string({
      error:
        'BACKUP_ENCRYPTION_KEY is missing: `npm start` writes one into .env, or set it yourself (openssl rand -base64 32)',
    })
    .trim()
    .min(1, 'BACKUP_ENCRYPTION_KEY is empty')
    .min(MIN_KEY_LENGTH, `BACKUP_ENCRYPTION_KEY is too short (at least ${MIN_KEY_LENGTH} characters)`)
    .refine((v) => !PLACEHOLDER.test(v), 'BACKUP_ENCRYPTION_KEY is still a placeholder value'),
  BACKUP_DIR: optionalText,
  /** Archives kept in BACKUP_DIR after each backup, the newest ones; 0 keeps every archive. */
  BACKUP_KEEP: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? DEFAULT_KEEP : Number(v.trim())))
    .refine(
      (n) => Number.isInteger(n) && n >= 0,
      'BACKUP_KEEP must be a whole number, 0 or more (0 keeps every archive)',
    ),
  /**
   * A compiled CMS to use as it is (a server image built ahead, or a test's own build). Without
   * it the tools compile cms/ into cms/dist first, as `npm start` does.
   */
  BACKUP_CMS_DIST_DIR: optionalText,
  /** Set by npm to the folder it was run from (npm runs scripts from the repository root). */
  INIT_CWD: optionalText,
});

export type BackupConfig = {
  encryptionKey: string;
  /** Absolute; archives are written here. */
  backupDir: string;
  /** How many archives to keep (the newest); 0 keeps them all. */
  keep: number;
  /** Absolute, when a prebuilt CMS is to be used instead of compiling cms/dist. */
  cmsDistDir: string | undefined;
  /** Where the operator typed the command: relative archive paths are relative to it. */
  invokedFrom: string;
};

export class BackupEnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.join('; ')}. See .env.example.`);
    this.name = 'BackupEnvError';
    this.problems = problems;
  }
}

export const parseBackupEnv = (env: Env, repoRoot: string, cwd = repoRoot): BackupConfig => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new BackupEnvError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  const v = parsed.data;
  return {
    encryptionKey: v.BACKUP_ENCRYPTION_KEY,
    backupDir: path.resolve(repoRoot, v.BACKUP_DIR ?? 'backups'),
    keep: v.BACKUP_KEEP,
    cmsDistDir: v.BACKUP_CMS_DIST_DIR ? path.resolve(repoRoot, v.BACKUP_CMS_DIST_DIR) : undefined,
    invokedFrom: v.INIT_CWD ?? cwd,
  };
};

/** The configuration from this process's environment. */
export const loadBackupConfig = (repoRoot: string): BackupConfig =>
  parseBackupEnv(process.env, repoRoot, process.cwd());
