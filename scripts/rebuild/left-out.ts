/**
 * The entries a build left out of the site (web/src/loaders/strapi/left-out.ts): the build
 * writes them to SITE_LEFT_OUT_FILE, the service keeps them with the build's record, and /status
 * hands them to the CMS's Website panel. A build that left entries out still goes live.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** At most this many are kept with a build (the count says how many there were). */
export const LEFT_OUT_KEPT = 100;

const clipped = (max: number) =>
  z.string().transform((value) => (value.length > max ? `${value.slice(0, max - 1)}…` : value));

export const leftOutEntrySchema = z.object({
  /** The CMS content type, e.g. api::article.article. */
  type: z.string().max(200),
  documentId: z.string().max(200),
  locale: z.string().max(35),
  title: clipped(200).nullable(),
  /** What is wrong, in plain words. */
  problem: clipped(1000),
});
export type LeftOutEntry = z.infer<typeof leftOutEntrySchema>;

/** Where a build writes its list: beside its log, never inside the release that is served. */
export const leftOutFile = (logsDir: string, release: string): string =>
  path.join(logsDir, `${release}.left-out.json`);

export type LeftOut = { leftOut: LeftOutEntry[]; leftOutCount: number };

/**
 * Reads and removes a build's list. None (a build that wrote nothing, e.g. it failed before
 * reading the CMS) or one in another shape is no list: the build record simply has none.
 */
export const takeLeftOut = (file: string): LeftOut | undefined => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  rmSync(file, { force: true });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const list = z.array(leftOutEntrySchema).safeParse(parsed);
  if (!list.success || list.data.length === 0) return undefined;
  return { leftOut: list.data.slice(0, LEFT_OUT_KEPT), leftOutCount: list.data.length };
};
