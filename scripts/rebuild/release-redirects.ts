/**
 * The live release's redirect map (web/src/lib/site/redirects/: `.site/redirects.json`), read once
 * per release: old addresses answer 301 to where their entry is now, removed ones 410 with the
 * site's page in their language. A release without a map (built before redirects existed) or
 * with one in another shape simply has no redirects.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const ruleSchema = z.union([
  z.object({ status: z.literal(301), to: z.string().min(1) }),
  z.object({ status: z.literal(410), locale: z.string().regex(/^[a-z]{2}$/) }),
]);
const mapSchema = z.object({ version: z.literal(1), rules: z.record(z.string(), ruleSchema) });
export type ReleaseRedirect = z.infer<typeof ruleSchema>;

export const REDIRECTS_FILE = path.join('.site', 'redirects.json');

/** `/news/a/`, `/news/a` and `/News/A` are one address (as in nginx's map); the root stays `/`. */
const keyOf = (pathname: string): string =>
  (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname).toLowerCase();

export type ReleaseRedirects = (
  root: string,
  releaseId: string,
  pathname: string,
) => Promise<ReleaseRedirect | undefined>;

export const createReleaseRedirects = (): ReleaseRedirects => {
  let cached: { releaseId: string; rules: Promise<Map<string, ReleaseRedirect>> } | undefined;
  const load = async (root: string): Promise<Map<string, ReleaseRedirect>> => {
    try {
      const parsed = mapSchema.safeParse(JSON.parse(await readFile(path.join(root, REDIRECTS_FILE), 'utf8')));
      return new Map(parsed.success ? Object.entries(parsed.data.rules) : []);
    } catch {
      return new Map();
    }
  };
  return async (root, releaseId, pathname) => {
    if (cached?.releaseId !== releaseId) cached = { releaseId, rules: load(root) };
    return (await cached.rules).get(keyOf(pathname));
  };
};

/** Where a 301 sends a visitor: the query they came with goes along unless the target has its own. */
export const redirectLocation = (to: string, query: string): string =>
  to.includes('?') ? to : `${to}${query}`;

/** The 410 page of a language inside a release (web/src/pages/[...lang]/410.astro). */
export const gonePageFile = (root: string, locale: string): string =>
  locale === 'en' ? path.join(root, '410', 'index.html') : path.join(root, locale, '410', 'index.html');
