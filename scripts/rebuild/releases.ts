/**
 * Release directories on disk:
 *   <dataDir>/releases/.building/       the build in progress (never served; one at a time)
 *   <dataDir>/releases/.prepared/       the next build's folder, filled ahead while idle
 *   <dataDir>/releases/<id>/            a complete, checked release (never modified again, but
 *                                       for its search index, which search-index.ts may update in
 *                                       place, new files renamed in, right after it goes live:
 *                                       README, "Releases and the search index")
 *   <dataDir>/current -> releases/<id>  the live release, swapped atomically by rename
 */
import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_DIR_NAME } from '@platform/web/build';
import { fsyncDir } from './atomic-file.ts';

const RELEASE_ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-\d{6}$/;
/**
 * Every build writes into the same folder, renamed to its release id when it is complete (why:
 * web/src/lib/site/astro-internals.ts). The service's lock means one build at a time.
 */
const BUILDING_NAME = BUILD_DIR_NAME;
/** The next build's folder, filled ahead with the cached pages while the service was idle. */
const PREPARED_NAME = '.prepared';

export const releasesDir = (dataDir: string): string => path.join(dataDir, 'releases');
export const currentLink = (dataDir: string): string => path.join(dataDir, 'current');
export const releaseDir = (dataDir: string, id: string): string => path.join(releasesDir(dataDir), id);
export const buildingDir = (dataDir: string, _id: string): string =>
  path.join(releasesDir(dataDir), BUILDING_NAME);
export const preparedDir = (dataDir: string): string => path.join(releasesDir(dataDir), PREPARED_NAME);

/** Sortable by time, then by build number: `20261123T101512345Z-000007`. */
export const makeReleaseId = (at: Date, buildNumber: number): string =>
  `${at.toISOString().replace(/[-:.]/g, '')}-${String(buildNumber).padStart(6, '0')}`;

export const isReleaseId = (name: string): boolean => RELEASE_ID.test(name);

export const releaseCreatedAt = (id: string): number => {
  const m = RELEASE_ID.exec(id);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s, ms);
};

/** Complete releases, oldest first. Anything not named like a release is left alone. */
export const listReleases = (dataDir: string): string[] => {
  const dir = releasesDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isReleaseId(e.name))
    .map((e) => e.name)
    .sort();
};

/** The id the `current` symlink points at, or null before the first release. */
export const liveRelease = (dataDir: string): string | null => {
  try {
    const id = path.basename(readlinkSync(currentLink(dataDir)));
    return isReleaseId(id) ? id : null;
  } catch {
    return null;
  }
};

let swapCounter = 0;

/**
 * Makes a release live: a new symlink is created under a temporary name and renamed over
 * `current`. rename(2) replaces the link atomically, so every reader resolves either the
 * old release or the new one, and there is never a moment with no `current`.
 */
export const activateRelease = (dataDir: string, id: string): void => {
  if (!existsSync(releaseDir(dataDir, id))) throw new Error(`release ${id} does not exist`);
  const tmp = path.join(dataDir, `.current.tmp-${process.pid}-${++swapCounter}`);
  symlinkSync(path.join('releases', id), tmp);
  try {
    renameSync(tmp, currentLink(dataDir));
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDir(dataDir);
};

/** Turns a finished build directory into a release (atomic rename within releases/). */
export const completeRelease = (dataDir: string, id: string): void => {
  renameSync(buildingDir(dataDir, id), releaseDir(dataDir, id));
  fsyncDir(releasesDir(dataDir));
};

export const prepareBuildDir = (dataDir: string, id: string): string => {
  const dir = buildingDir(dataDir, id);
  // Whatever an interrupted build left there is not part of this one.
  rmSync(dir, { recursive: true, force: true });
  // A folder prepared while idle becomes this build's (the build checks it is still current).
  if (existsSync(preparedDir(dataDir))) renameSync(preparedDir(dataDir), dir);
  else mkdirSync(dir, { recursive: true });
  return dir;
};

/** Output of builds that never finished (the service was killed mid-build). */
export const removeUnfinishedBuilds = (dataDir: string): string[] => {
  const dir = releasesDir(dataDir);
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter(
    (name) => name.startsWith(BUILDING_NAME) || name === PREPARED_NAME || name.startsWith(TRASH_PREFIX),
  );
  for (const name of stale) rmSync(path.join(dir, name), { recursive: true, force: true });
  return stale;
};

/** Pruned releases are renamed to this prefix at once, then deleted in the background. */
const TRASH_PREFIX = '.trash-';

/**
 * Takes a folder out of the releases folder instantly (a rename), then deletes its files
 * without blocking: a synchronous delete of thousands of files would stall the site listener,
 * which runs in the same process, for seconds after every swap.
 */
const discardDir = (dataDir: string, name: string, trashName = name): void => {
  const trash = path.join(releasesDir(dataDir), `${TRASH_PREFIX}${trashName}`);
  renameSync(path.join(releasesDir(dataDir), name), trash);
  void rm(trash, { recursive: true, force: true }).catch(() => {
    // Left for removeUnfinishedBuilds at the next start.
  });
};
const discardRelease = (dataDir: string, id: string): void => discardDir(dataDir, id);

let discardCounter = 0;

/** Sets aside a next build's folder that was not (or not wholly) filled; gone in the background. */
export const discardPrepared = (dataDir: string): void => {
  if (!existsSync(preparedDir(dataDir))) return;
  discardDir(dataDir, PREPARED_NAME, `prepared-${process.pid}-${Date.now()}-${++discardCounter}`);
};

export type PruneOptions = {
  dataDir: string;
  keep: number;
  graceMs: number;
  now: number;
  /** True while a request is still reading from that release. */
  inUse: (id: string) => boolean;
};

/**
 * Deletes old releases beyond the newest `keep`. Never deletes the live release, one younger
 * than the grace period, or one a request is still reading.
 */
export const pruneReleases = ({ dataDir, keep, graceMs, now, inUse }: PruneOptions): string[] => {
  const all = listReleases(dataDir);
  const live = liveRelease(dataDir);
  const candidates = all.slice(0, Math.max(0, all.length - keep));
  const removed: string[] = [];
  for (const id of candidates) {
    if (id === live || inUse(id)) continue;
    const age = now - releaseCreatedAt(id);
    if (!(age >= graceMs)) continue;
    discardRelease(dataDir, id);
    removed.push(id);
  }
  return removed;
};
