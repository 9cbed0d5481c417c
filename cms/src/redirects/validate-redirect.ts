/**
 * Checks an editor's redirect before it is saved, in words an editor understands, beside the
 * field: the from-address must be an address of this site that no page uses, the target a page of
 * this site or an https address on an allowed host (REDIRECT_ALLOWED_HOSTS), and no redirect may
 * loop or lead to another redirect (at most one hop). Saved in normal form (`/old-leaflet/`).
 * A document-service middleware, so every way of writing (admin, API, scripts) is checked.
 */
import type { Core, Modules } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { fieldValidationError, type FieldError } from '../validation/readable-errors';
import {
  checkRedirectTarget,
  normaliseSitePath,
  parseAllowedHosts,
  sitePathHref,
  targetKey,
} from './redirect-rules';
import { DEFAULT_LOCALE } from '../content/site-content-types';
import { entryPath, PAGED_TYPES, siteOwnedProblem, type PagedType } from './site-addresses';
import { readSiteRedirects, REDIRECT_UID, type MovedEntry } from './site-redirects-data';

type RedirectData = { fromPath?: unknown; toPath?: unknown };
type RedirectParams = { documentId?: string; data?: RedirectData };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Published entries' current addresses (every paged type): no redirect may hide one. */
const livePagePaths = async (strapi: Core.Strapi): Promise<Set<string>> => {
  const paths = new Set<string>();
  for (const uid of Object.keys(PAGED_TYPES) as PagedType[]) {
    const rows = (await strapi.db.query(uid).findMany({
      select: ['locale', 'slug'],
      where: { publishedAt: { $notNull: true } },
    })) as Array<{ locale: string | null; slug: string | null }>;
    for (const row of rows) if (row.slug) paths.add(entryPath(uid, row.locale ?? DEFAULT_LOCALE, row.slug));
  }
  return paths;
};

/** Old addresses of entries that moved, and where each now leads (a 301 the build will make). */
const automaticRedirects = (moved: readonly MovedEntry[], live: ReadonlySet<string>): Map<string, string> => {
  const automatic = new Map<string, string>();
  for (const entry of moved) {
    const from = entryPath(entry.uid, entry.locale, entry.slug);
    const to = entry.currentSlug ? entryPath(entry.uid, entry.locale, entry.currentSlug) : undefined;
    if (to && to !== from && !live.has(from)) automatic.set(from, to);
  }
  return automatic;
};

export const redirectProblems = async (
  strapi: Core.Strapi,
  documentId: string | undefined,
  fromInput: string,
  toInput: string,
): Promise<{ problems: FieldError[]; fromPath?: string; toPath?: string }> => {
  const problems: FieldError[] = [];
  const from = normaliseSitePath(fromInput);
  const to = checkRedirectTarget(toInput, parseAllowedHosts(cmsEnv().REDIRECT_ALLOWED_HOSTS));
  if (!from.ok) problems.push({ path: ['fromPath'], message: from.problem });
  if (!to.ok) problems.push({ path: ['toPath'], message: to.problem });
  if (!from.ok || !to.ok) return { problems };

  const fromKey = from.value;
  const toKey = targetKey(to.value);
  const owned = siteOwnedProblem(fromKey);
  if (owned) problems.push({ path: ['fromPath'], message: `${owned} Choose an address no page uses.` });
  const live = await livePagePaths(strapi);
  if (live.has(fromKey)) {
    problems.push({
      path: ['fromPath'],
      message: 'A published page has this address: a redirect would hide it. Choose an address no page uses.',
    });
  }
  if (toKey === fromKey) {
    problems.push({
      path: ['toPath'],
      message: 'This redirect would send visitors back to the same address (a loop).',
    });
  }
  const { moved, manual } = await readSiteRedirects(strapi);
  const automatic = automaticRedirects(moved, live);
  const others = manual.filter((other) => other.documentId !== documentId);
  for (const other of others) {
    const otherFrom = normaliseSitePath(other.fromPath);
    const otherTo = targetKey(other.toPath);
    if (otherFrom.ok && otherFrom.value === fromKey) {
      problems.push({ path: ['fromPath'], message: `There is already a redirect from ${other.fromPath}.` });
    }
    if (otherTo !== undefined && otherTo === fromKey) {
      problems.push({
        path: ['fromPath'],
        message: `The redirect from ${other.fromPath} already sends visitors here: redirects may not follow each other. Change that one to point to ${to.value} instead.`,
      });
    }
    if (toKey !== undefined && otherFrom.ok && otherFrom.value === toKey) {
      problems.push({
        path: ['toPath'],
        message: `${to.value} itself redirects to ${other.toPath}: redirects may not follow each other. Send visitors straight to ${other.toPath}.`,
      });
    }
  }
  const autoTarget = toKey !== undefined ? automatic.get(toKey) : undefined;
  if (autoTarget !== undefined) {
    problems.push({
      path: ['toPath'],
      message: `${to.value} is an old address that now redirects to ${sitePathHref(autoTarget)}: send visitors straight there.`,
    });
  }
  return { problems, fromPath: sitePathHref(fromKey), toPath: to.value };
};

const WRITE_ACTIONS = new Set<string>(['create', 'update']);

export const registerRedirectValidation = (strapi: Core.Strapi): void => {
  const validate: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== REDIRECT_UID || !WRITE_ACTIONS.has(context.action)) return next();
    const params = (context.params ?? {}) as RedirectParams;
    const data = params.data ?? {};
    let current: RedirectData = {};
    if (context.action === 'update' && params.documentId) {
      current =
        ((await strapi.db.query(REDIRECT_UID).findOne({
          select: ['fromPath', 'toPath'],
          where: { documentId: params.documentId },
        })) as RedirectData | null) ?? {};
    }
    const fromInput = text(data.fromPath ?? current.fromPath);
    const toInput = text(data.toPath ?? current.toPath);
    const { problems, fromPath, toPath } = await redirectProblems(
      strapi,
      context.action === 'update' ? params.documentId : undefined,
      fromInput,
      toInput,
    );
    if (problems.length > 0) throw fieldValidationError(problems);
    params.data = { ...data, fromPath, toPath };
    return next();
  };
  strapi.documents.use(validate);
};
