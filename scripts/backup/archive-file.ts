/**
 * Naming and placing archives. An archive is written under a temporary name and only then given
 * its final one, with a hard link that fails rather than replace a file: a backup never
 * overwrites another, and a name in the backup folder always means a whole archive.
 */
import { copyFileSync, constants, linkSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What Strapi's file provider appends to the path it is given (tar, gzip, encrypted). */
export const ARCHIVE_EXTENSION = '.tar.gz.enc';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `cms-backup-20250131-235959Z`: UTC, so names sort in time order whatever the server's zone. */
export const archiveStem = (at: Date): string =>
  `cms-backup-${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-` +
  `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;

/** The path to give Strapi's file provider (it appends ARCHIVE_EXTENSION): hidden, this process's own. */
export const partialStem = (dir: string, stem: string): string =>
  path.join(dir, `.${stem}.partial-${process.pid}`);

const linkExclusive = (from: string, to: string): void => {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems (network shares) have no hard links; an exclusive copy is as safe, only slower.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
};

/**
 * Gives the finished archive at `written` its final name in `dir` (the stem, or stem-2, stem-3…
 * when a backup of the same second exists) and returns that path.
 */
export const publishArchive = (written: string, dir: string, stem: string): string => {
  for (let n = 1; n < 100; n += 1) {
    const target = path.join(dir, `${n === 1 ? stem : `${stem}-${n}`}${ARCHIVE_EXTENSION}`);
    try {
      linkExclusive(written, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    rmSync(written, { force: true });
    return target;
  }
  throw new Error(`Could not find a free name for ${stem}${ARCHIVE_EXTENSION} in ${dir}`);
};

/** 1.4 MB, 320 kB, 12 bytes. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
};

/** `cms-backup-<date>-<time>Z[-n].tar.gz.enc`: the names publishArchive gives, and only those. */
const ARCHIVE_NAME = /^cms-backup-(\d{8}-\d{6})Z(?:-(\d+))?\.tar\.gz\.enc$/;

/** Archive names in `dir`, newest first (by the time in the name, then stem-3 before stem-2 before stem). */
export const archivesNewestFirst = (names: readonly string[]): string[] =>
  names
    .map((name) => ({ name, match: ARCHIVE_NAME.exec(name) }))
    .filter((a): a is { name: string; match: RegExpExecArray } => a.match !== null)
    .sort(
      (a, b) =>
        (b.match[1] ?? '').localeCompare(a.match[1] ?? '') ||
        Number(b.match[2] ?? 1) - Number(a.match[2] ?? 1),
    )
    .map((a) => a.name);

/**
 * Keeps the newest `keep` archives in `dir` (0: all) and deletes the older ones; returns the
 * deleted paths. Only files named as this tool names archives are counted or touched, and the
 * archive just written is always kept, even if a clock set back makes it look older.
 */
export const rotateArchives = (dir: string, keep: number, justWritten: string): string[] => {
  if (keep === 0) return [];
  const newest = path.basename(justWritten);
  const others = archivesNewestFirst(readdirSync(dir)).filter((name) => name !== newest);
  const removed = others.slice(Math.max(0, keep - 1)).map((name) => path.join(dir, name));
  for (const file of removed) rmSync(file, { force: true });
  return removed;
};
