/**
 * Sync of a single type (site settings, home, about): one small query per locale; digests decide
 * which entries are rewritten. Entry id = locale. With the CMS's sync index, nothing is fetched
 * when the index lists the same locales with the same updatedAt as the store holds (same CMS,
 * same entry format, same media library), and only the locales it lists are fetched otherwise.
 */
import type { CmsClient } from './client';
import { time } from './collection-fetch';
import { META_KEYS, type SyncContext, type SyncCounts } from './context';
import { localeOfKey } from './keys';
import type { IdNode, SingleSpec } from './spec';
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
  /** What the CMS has published now; null for a CMS without the index. */
  index: SyncIndex | null;
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

  const listed = deps.index?.entriesOf(deps.spec.contentType, deps.locales);
  if (listed && storeMatches(ctx, deps, listed)) {
    const total = store.keys().length;
    return counts('incremental', { fetched: 0, deleted: 0, unchanged: total, total, requests: 0 });
  }

  const inLocales = listed
    ? deps.locales.filter((locale) => [...listed.keys()].some((key) => localeOfKey(key) === locale))
    : deps.locales;
  const nodes = await Promise.all(inLocales.map((locale) => deps.spec.fetch(deps.client, locale)));
  const found = inLocales.flatMap((locale, i) => {
    const node = nodes[i];
    return node
      ? [{ locale, data: deps.spec.toData(node, deps.shapeContext(`${collection} ${locale}`)) }]
      : [];
  });
  const present = new Set(found.map((f) => f.locale));
  let deleted = 0;
  for (const id of store.keys()) {
    if (present.has(id)) continue;
    store.delete(id);
    deleted += 1;
  }
  let changed = 0;
  for (const { locale, data: shaped } of found) {
    const localizations = [...present]
      .filter((other) => other !== locale)
      .sort()
      .map((other) => ({ locale: other }));
    const data = await ctx.parseData({ id: locale, data: { ...shaped, locale, localizations } });
    if (store.set({ id: locale, data, digest: ctx.generateDigest(data) })) changed += 1;
  }
  meta.set(META_KEYS.source, deps.source);
  meta.set(META_KEYS.media, deps.mediaFingerprint);
  return counts('full', {
    fetched: changed,
    deleted,
    unchanged: found.length - changed,
    total: found.length,
    requests: inLocales.length,
  });
};
