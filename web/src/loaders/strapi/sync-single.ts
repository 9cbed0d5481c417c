/**
 * Sync of a single type (site settings, home, about): one small query per locale; digests decide
 * which entries are rewritten. Entry id = locale. Nothing is fetched when the CMS's sync index
 * lists the same locales with the same updatedAt as the store holds (same CMS, same entry
 * format, same media library), and only the locales it lists are fetched otherwise.
 */
import type { ZodType } from 'zod';
import { emptyRequiredFields, type CmsClient } from './client';
import { time } from './collection-fetch';
import { META_KEYS, type SyncContext, type SyncCounts } from './context';
import { documentIdOfKey, localeOfKey } from './keys';
import { emptyFieldsProblem, parseProblem, shapeAndCheck, titleOf, type LeftOutEntry } from './left-out';
import type { IdNode, SingleNode, SingleSpec } from './spec';
import type { ShapeContext } from './shape/context';
import type { SyncIndex } from './sync-index';

export type SingleSyncDeps = {
  spec: SingleSpec;
  client: CmsClient;
  locales: readonly string[];
  source: string;
  shapeContext: (entryLabel: string) => ShapeContext;
  /** The media library's fingerprint now (see media-fingerprint.ts). */
  mediaFingerprint: string;
  /** What the CMS has published now. */
  index: SyncIndex;
  /** The collection's schema: an entry it refuses is left out. */
  schema: ZodType;
  /** Told about each entry left out of the build. */
  leaveOut: (entry: LeftOutEntry) => void;
};

/** Whether the store holds exactly what the index lists, from the same CMS and media library. */
const storeMatches = (ctx: SyncContext, deps: SingleSyncDeps, listed: ReadonlyMap<string, IdNode>) => {
  if (ctx.meta.get(META_KEYS.source) !== deps.source) return false;
  if (ctx.meta.get(META_KEYS.media) !== deps.mediaFingerprint) return false;
  const stored = ctx.store.keys();
  if (stored.length !== listed.size) return false;
  for (const [key, node] of listed) {
    const data = ctx.store.get(localeOfKey(key))?.data as { updatedAt?: Date } | undefined;
    if (!data || time(data.updatedAt) !== time(node.updatedAt)) return false;
  }
  return true;
};

export const syncSingle = async (ctx: SyncContext, deps: SingleSyncDeps): Promise<SyncCounts> => {
  const started = performance.now();
  const { store, meta, collection } = ctx;
  const counts = (mode: SyncCounts['mode'], changes: Omit<SyncCounts, 'mode' | 'locales' | 'seconds'>) => {
    const result: SyncCounts = {
      mode,
      ...changes,
      locales: deps.locales.length,
      seconds: (performance.now() - started) / 1000,
    };
    meta.set(META_KEYS.lastSync, JSON.stringify(result));
    return result;
  };

  const listed = deps.index.entriesOf(deps.spec.contentType, deps.locales);
  if (storeMatches(ctx, deps, listed)) {
    const total = store.keys().length;
    return counts('incremental', {
      fetched: 0,
      deleted: 0,
      leftOut: 0,
      unchanged: total,
      total,
      requests: 0,
    });
  }

  const inLocales = deps.locales.filter((locale) =>
    [...listed.keys()].some((key) => localeOfKey(key) === locale),
  );
  // A locale the CMS cannot return (a required field is empty, see client.ts) is left out.
  const unreadable: Array<{ locale: string; fields: string[] }> = [];
  const nodes = await Promise.all(
    inLocales.map(async (locale) => {
      try {
        return await deps.spec.fetch(deps.client, locale);
      } catch (error) {
        const fields = emptyRequiredFields(error);
        if (!fields) throw error;
        unreadable.push({ locale, fields });
        return null;
      }
    }),
  );
  // Each locale is checked on its own: one the site cannot publish is left out (settings missing
  // in a language fall back to English; without English settings no page can be built).
  const found: Array<{ locale: string; node: SingleNode; data: Record<string, unknown> }> = [];
  let leftOut = 0;
  const leaveOut = (locale: string, node: SingleNode, problem: string) => {
    deps.leaveOut({
      type: deps.spec.contentType,
      documentId: node.documentId,
      locale,
      title: titleOf(node),
      problem,
    });
    leftOut += 1;
  };
  for (const { locale, fields } of unreadable) {
    const listedKey = [...listed.keys()].find((key) => localeOfKey(key) === locale);
    const stored = ctx.store.get(locale)?.data;
    deps.leaveOut({
      type: deps.spec.contentType,
      documentId: listedKey ? documentIdOfKey(listedKey) : '',
      locale,
      title: stored ? titleOf(stored) : null,
      problem: emptyFieldsProblem(fields),
    });
    leftOut += 1;
  }
  for (const [i, locale] of inLocales.entries()) {
    const node = nodes[i];
    if (!node) continue;
    const checked = await shapeAndCheck(deps.schema, () => ({
      ...deps.spec.toData(node, deps.shapeContext(`${collection} ${locale}`)),
      locale,
      localizations: [],
    }));
    if (checked.ok) found.push({ locale, node, data: checked.data });
    else leaveOut(locale, node, checked.problem);
  }
  const present = new Set(found.map((f) => f.locale));
  const stored: string[] = [];
  let changed = 0;
  for (const { locale, node, data: shaped } of found) {
    const localizations = [...present]
      .filter((other) => other !== locale)
      .sort()
      .map((other) => ({ locale: other }));
    let data: Record<string, unknown>;
    try {
      data = await ctx.parseData({ id: locale, data: { ...shaped, localizations } });
    } catch (error) {
      leaveOut(locale, node, parseProblem(error));
      continue;
    }
    stored.push(locale);
    if (store.set({ id: locale, data, digest: ctx.generateDigest(data) })) changed += 1;
  }
  let deleted = 0;
  for (const id of store.keys()) {
    if (stored.includes(id)) continue;
    store.delete(id);
    deleted += 1;
  }
  meta.set(META_KEYS.source, deps.source);
  meta.set(META_KEYS.media, deps.mediaFingerprint);
  return counts('full', {
    fetched: changed,
    deleted,
    leftOut,
    unchanged: stored.length - changed,
    total: stored.length,
    requests: inLocales.length,
  });
};
