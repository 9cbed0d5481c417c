/**
 * Incremental sync of one collection type across every locale.
 *
 * Full sync (first build, another CMS, a new entry format): every page of every locale (with the
 * CMS's sync index, only the locales it lists entries in).
 * Incremental sync: with the sync index, changes-by-index.ts; with a CMS that has none,
 * changes-by-scan.ts (id scans of every page of every locale).
 * A change in the media library (a file added, replaced or deleted) makes the sync a full one:
 * Strapi cannot filter entries by their media, and a replaced file keeps its URL.
 * Then every store entry's `localizations` is recomputed from the store (a new translation
 * changes the language switcher of the existing ones), digests decide what is rewritten, and
 * the mark moves on (see changes-by-index.ts for how far).
 */
import type { CmsClient } from './client';
import type { SiteCollectionName } from './names';
import { changesByIndex, indexView } from './changes-by-index';
import { changesByScan } from './changes-by-scan';
import { createCollectionFetcher, time, type StoredData } from './collection-fetch';
import { META_KEYS, type SyncContext, type SyncCounts } from './context';
import { keyOf } from './keys';
import type { CollectionSpec, FullNode } from './spec';
import type { ShapeContext } from './shape/context';
import type { SyncIndex } from './sync-index';

export type CollectionSyncDeps = {
  spec: CollectionSpec;
  client: CmsClient;
  locales: readonly string[];
  pageSize: number;
  /** Identifies the CMS and entry format; a different value forces a full sync. */
  source: string;
  shapeContext: (entryLabel: string) => ShapeContext;
  /** The spec of a relation's target collection (its id scan, its content type in the index). */
  specOf: (collection: SiteCollectionName) => CollectionSpec;
  /** Whether a downloaded file behind an href is still in the local cache. */
  hasFile: (href: string) => boolean;
  /** The media library's fingerprint now (see media-fingerprint.ts). */
  mediaFingerprint: string;
  /** What the CMS has published now; null for a CMS without the index (ids are scanned). */
  index: SyncIndex | null;
};

/** Entry id the site sees. */
const entryId = (locale: string, slug: string) => `${locale}/${slug}`;

/** The later of two times, ignoring a missing one (NaN). */
const later = (a: number, b: number): number => (Number.isNaN(a) || b > a ? b : a);

/** Newest updatedAt of a node and of the relation targets it came with. */
const newestTime = (node: FullNode, relations: Record<string, unknown>): number => {
  let newest = time(node.updatedAt);
  for (const value of Object.values(relations)) {
    for (const ref of Array.isArray(value) ? value : [value]) {
      newest = later(newest, time((ref as { updatedAt?: string | null } | null)?.updatedAt));
    }
  }
  return newest;
};

export const syncCollection = async (ctx: SyncContext, deps: CollectionSyncDeps): Promise<SyncCounts> => {
  const started = performance.now();
  const { spec, client, locales, pageSize } = deps;
  const { store, meta, collection } = ctx;
  const previousMark = meta.get(META_KEYS.mark);
  const sameSource = meta.get(META_KEYS.source) === deps.source;
  if (!sameSource && store.keys().length > 0) {
    ctx.logger.info(`${collection}: the store was filled from another CMS or entry format; syncing in full`);
    store.clear();
  }
  const mediaChanged = meta.get(META_KEYS.media) !== deps.mediaFingerprint;
  const nothingStored = !previousMark || !sameSource || store.keys().length === 0;
  if (!nothingStored && mediaChanged) {
    ctx.logger.info(`${collection}: the media library changed since the last build; syncing in full`);
  }
  const full = nothingStored || mediaChanged;

  // What the store holds now, by locale+document.
  const existing = new Map<string, { id: string; data: StoredData }>();
  for (const entry of store.values()) {
    const data = entry.data as StoredData;
    existing.set(keyOf(data.locale, data.documentId), { id: entry.id, data });
  }

  const fetcher = createCollectionFetcher({ collection, spec, client, pageSize });
  const { fetched } = fetcher;
  const view = deps.index ? indexView(deps.index, spec, locales, deps.specOf) : undefined;

  let present: Set<string>;
  if (full || previousMark === undefined) {
    // With the index, a locale it lists no entry in has nothing to fetch.
    const inLocales = view?.locales ?? locales;
    await Promise.all(inLocales.map((locale) => fetcher.fetchInto(locale, null, 'all entries')));
    present = new Set(fetched.keys());
  } else if (view) {
    present = await changesByIndex(fetcher, view, {
      spec,
      previousMark,
      existing,
      hasFile: deps.hasFile,
      pageSize,
    });
  } else {
    present = await changesByScan(fetcher, {
      collection,
      spec,
      client,
      locales,
      pageSize,
      previousMark,
      existing,
      specOf: deps.specOf,
      hasFile: deps.hasFile,
    });
  }

  // Deletions and unpublishes: stored entries the CMS no longer lists.
  let deleted = 0;
  for (const [key, { id }] of existing) {
    if (present.has(key)) continue;
    store.delete(id);
    existing.delete(key);
    deleted += 1;
  }

  // Locales and slugs of each document after this sync, for the language switchers.
  const slugs = new Map<string, Map<string, string>>();
  const addSlug = (documentId: string, locale: string, slug: string) => {
    const byLocale = slugs.get(documentId) ?? new Map<string, string>();
    byLocale.set(locale, slug);
    slugs.set(documentId, byLocale);
  };
  for (const [key, { data }] of existing)
    if (!fetched.has(key)) addSlug(data.documentId, data.locale, data.slug);
  for (const { locale, node } of fetched.values()) addSlug(node.documentId, locale, node.slug);
  const localizationsOf = (documentId: string, locale: string) =>
    [...(slugs.get(documentId) ?? new Map<string, string>())]
      .filter(([other]) => other !== locale)
      .map(([other, slug]) => ({ locale: other, slug }))
      .sort((a, b) => a.locale.localeCompare(b.locale));

  // Store what was fetched.
  let newest = time(previousMark);
  const ids = new Set<string>();
  for (const { key, locale, node } of fetched.values()) {
    const id = entryId(locale, node.slug);
    if (ids.has(id)) throw new Error(`${collection}: two entries would both have the id ${id}`);
    ids.add(id);
    const shaped = await spec.toData(node, deps.shapeContext(`${collection} ${id}`));
    const data = await ctx.parseData({
      id,
      data: { ...shaped, locale, localizations: localizationsOf(node.documentId, locale) },
    });
    const previousId = existing.get(key)?.id;
    if (previousId !== undefined && previousId !== id) store.delete(previousId);
    store.set({ id, data, digest: ctx.generateDigest(data) });
    // With the index, the mark follows the index alone (see changes-by-index.ts).
    if (!view) newest = later(newest, newestTime(node, spec.relationsOf(node)));
  }
  if (view) newest = later(newest, view.newest);

  // Entries not fetched keep their data, but their translations may have changed.
  for (const [key, { id, data }] of existing) {
    if (fetched.has(key)) continue;
    const localizations = localizationsOf(data.documentId, data.locale);
    if (JSON.stringify(localizations) === JSON.stringify(data.localizations)) continue;
    const updated = { ...data, localizations };
    store.set({ id, data: updated, digest: ctx.generateDigest(updated) });
  }

  if (!Number.isNaN(newest)) meta.set(META_KEYS.mark, new Date(newest).toISOString());
  meta.set(META_KEYS.source, deps.source);
  meta.set(META_KEYS.media, deps.mediaFingerprint);

  const total = store.keys().length;
  const counts: SyncCounts = {
    mode: full ? 'full' : 'incremental',
    fetched: fetched.size,
    deleted,
    unchanged: total - fetched.size,
    total,
    requests: fetcher.requests,
    locales: locales.length,
    seconds: (performance.now() - started) / 1000,
  };
  meta.set(META_KEYS.lastSync, JSON.stringify(counts));
  return counts;
};
