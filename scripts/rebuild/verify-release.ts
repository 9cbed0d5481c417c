/**
 * Checks a finished build before it may go live: the pages every visitor needs exist, and
 * the page count did not collapse (a CMS outage or a broken query tends to build an almost
 * empty site that would otherwise replace the real one).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const countPages = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;

export type VerifyOptions = {
  dir: string;
  /** The live release's directory, if there is one. */
  liveDir: string | null;
  /**
   * The live release's page count when its build recorded one: its pages never change once
   * live, and counting them again costs about 0.4 s at 15,000 pages on every publish.
   */
  livePageCount?: number | null;
  minPageRatio: number;
  /** The build was triggered by removals (or by hand with permission): fewer pages are expected. */
  allowShrink: boolean;
};

export type VerifyResult = { ok: true; pageCount: number } | { ok: false; pageCount: number; error: string };

const REQUIRED_FILES = ['index.html', '404.html'];

export const verifyRelease = ({
  dir,
  liveDir,
  livePageCount,
  minPageRatio,
  allowShrink,
}: VerifyOptions): VerifyResult => {
  const missing = REQUIRED_FILES.filter((name) => {
    const file = path.join(dir, name);
    return !existsSync(file) || !statSync(file).isFile();
  });
  const pageCount = existsSync(dir) ? countPages(dir) : 0;
  if (missing.length > 0) {
    return { ok: false, pageCount, error: `the build output has no ${missing.join(' or ')}` };
  }
  if (liveDir !== null && !allowShrink) {
    const livePages = livePageCount ?? countPages(liveDir);
    if (pageCount < livePages * minPageRatio) {
      return {
        ok: false,
        pageCount,
        error:
          `the build has ${pageCount} pages, the live site ${livePages}: refusing to replace it ` +
          `(below ${Math.round(minPageRatio * 100)}% without an unpublish or delete; trigger by hand with --allow-shrink if intended)`,
      };
    }
  }
  return { ok: true, pageCount };
};
