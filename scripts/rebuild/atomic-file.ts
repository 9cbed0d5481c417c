/** Crash-safe file replacement: a reader sees the old file or the new one, never half of either. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** Makes a directory entry change (rename, symlink) durable. */
export const fsyncDir = (dir: string): void => {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * Writes to a temp file beside the target, fsyncs it, renames it over the target and fsyncs
 * the directory. Synchronous on purpose: callers acknowledge work only once it is on disk.
 */
export const writeFileAtomic = (file: string, content: string): void => {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${++counter}`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    // A half-written temp file would hold on to the space a full disk needs back.
    rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDir(path.dirname(file));
};
