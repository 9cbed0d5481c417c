/**
 * Disk trouble in plain words: a full disk, a read-only mount or wrong ownership otherwise shows
 * up only as a build command's exit code, a bare errno, or (Node's recursive mkdir on a
 * read-only disk) a misleading ENOENT.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Enough that a disk with only a few blocks left counts as full: no site fits in that.
const PROBE_BYTES = 64 * 1024;

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'it is on a read-only file system',
  EACCES: 'the rebuild service has no permission to write there',
  EPERM: 'the rebuild service has no permission to write there',
};

const codeOf = (error: unknown): string =>
  error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';

/** "the disk is full (ENOSPC)" for an error that means the disk cannot be written, else null. */
export const diskErrorReason = (error: unknown): string | null => {
  const code = codeOf(error);
  const reason = REASONS[code];
  return reason === undefined ? null : `${reason} (${code})`;
};

/**
 * Whether the release directory can take a new release: null when a test file can be written
 * into `dir`, else a sentence naming the directory and why. Called after a failed build.
 */
export const releaseDirProblem = (dir: string): string | null => {
  const probe = path.join(dir, `.write-check-${process.pid}`);
  try {
    writeFileSync(probe, Buffer.alloc(PROBE_BYTES));
    return null;
  } catch (error) {
    const reason = diskErrorReason(error) ?? (error instanceof Error ? error.message : String(error));
    return `the release directory ${dir} cannot be written: ${reason}`;
  } finally {
    try {
      rmSync(probe, { force: true });
    } catch {
      // A leftover probe is harmless: only folders named like a release count as releases.
    }
  }
};
