/**
 * Incremental sync of one collection type across every locale.
 *
 * Full sync (first build, another CMS, a new entry format): every page of every locale the CMS's
 * sync index lists entries in.
 * Incremental sync: changes-by-index.ts (what the sync index shows changed since the last build).
 * A change in the media library (a file added, replaced or deleted) makes the sync a full one:
 * Strapi cannot filter entries by their media, and a replaced file keeps its URL.
 * Then every store entry's `localizations` is recomputed from the store (a new translation
 * changes the language switcher of the existing ones), digests decide what is rewritten, and
 * the mark moves on (see changes-by-index.ts for how far).
 */
import type { ZodType } from 'zod';
import type { CmsClient } from './client';
import { changesByIndex, indexView } from './changes-by-index';
import { createCollectionFetcher, fetchStale, time, type Fetched, type StoredData } from './collection-fetch';
import { META_KEYS, type SyncContext, type SyncCounts } from './context';
import { documentIdOfKey, keyOf, localeOfKey } from './keys';
import { emptyFieldsProblem, parseProblem, shapeAndCheck, titleOf, type LeftOutEntry } from './left-out';
import type { CollectionSpec } from './spec';
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
  /** The spec of a relation's target collection (its content type in the index). */
  specOf: (collection: string) => CollectionSpec;
  /** Whether a downloaded file behind an href is still in the local cache. */
  hasFile: (href: string) => boolean;
  /** The media library's fingerprint now (see media-fingerprint.ts). */
  mediaFingerprint: string;
  /** What the CMS has published now. */
  index: SyncIndex;
  /** The collection's schema: an entry it refuses is left out. */
  schema: ZodType;
  /** Told about each entry left out of the build. */
  leaveOut: (entry: LeftOutEntry) => void;
};

/** Entry id the site sees. */
const entryId = (locale: string, slug: string) => `${locale}/${slug}`;

/** The CMS keeps slugs unique per language; a restored or edited database may not. */
const duplicateSlugProblem = (slug: string) =>
  `Another entry in the same language already uses its URL name '${slug}': the website keeps the other one.`;

/** The later of two times, ignoring a missing one (NaN). */
const later = (a: number, b: number): number => (Number.isNaN(a) || b > a ? b : a);

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
  const view = indexView(deps.index, spec, locales, deps.specOf);

  let present: Set<string>;
  if (full || previousMark === undefined) {
    // A locale the index lists no entry in has nothing to fetch.
    await Promise.all(view.locales.map((locale) => fetcher.fetchInto(locale, null, 'all entries')));
    // An entry the index lists that the full read did not return has an empty required field:
    // asked for by documentId (no request when there is none), it is named (collection-fetch.ts).
    await fetchStale(fetcher, {
      spec,
      listed: view.listed,
      targets: view.targets,
      existing: new Map(),
      hasFile: deps.hasFile,
      pageSize,
    });
    present = new Set(fetched.keys());
  } else {
    present = await changesByIndex(fetcher, view, {
      spec,
      previousMark,
      existing,
      hasFile: deps.hasFile,
      pageSize,
    });
  }

  // Entries the CMS could not return (a required field is empty): left out, old copy removed.
  let leftOut = 0;
  for (const [key, fields] of fetcher.unreadable) {
    const previous = existing.get(key);
    deps.leaveOut({
      type: spec.contentType,
      documentId: documentIdOfKey(key),
      locale: localeOfKey(key),
      title: previous ? titleOf(previous.data) : null,
      problem: emptyFieldsProblem(fields),
    });
    leftOut += 1;
    if (previous === undefined) continue;
    store.delete(previous.id);
    existing.delete(key);
  }

  // Deletions and unpublishes: stored entries the CMS no longer lists.
  let deleted = 0;
  for (const [key, { id }] of existing) {
    if (present.has(key)) continue;
    store.delete(id);
    existing.delete(key);
    deleted += 1;
  }

  // Shape and check each fetched entry on its own: one the site cannot publish is left out (and
  // any older copy of it removed), never stored; everything else goes on.
  const idsKept = new Map<string, string>();
  for (const [key, { id }] of existing) if (!fetched.has(key)) idsKept.set(id, key);
  const accepted: Array<Fetched & { id: string; shaped: Record<string, unknown> }> = [];
  const leaveOut = ({ key, locale, node }: Fetched, problem: string) => {
    deps.leaveOut({
      type: spec.contentType,
      documentId: node.documentId,
      locale,
      title: titleOf(node),
      problem,
    });
    leftOut += 1;
    const previous = existing.get(key);
    if (previous === undefined) return;
    store.delete(previous.id);
    existing.delete(key);
  };
  for (const entry of fetched.values()) {
    const { key, locale, node } = entry;
    const id = entryId(locale, node.slug);
    const checked = await shapeAndCheck(deps.schema, async () => ({
      ...(await spec.toData(node, deps.shapeContext(`${collection} ${id}`))),
      locale,
      localizations: [],
    }));
    if (!checked.ok || idsKept.has(id)) {
      const problem = checked.ok ? duplicateSlugProblem(node.slug) : checked.problem;
      leaveOut(entry, problem);
      continue;
    }
    idsKept.set(id, key);
    accepted.push({ key, locale, node, id, shaped: checked.data });
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
  for (const { locale, node } of accepted) addSlug(node.documentId, locale, node.slug);
  const localizationsOf = (documentId: string, locale: string) =>
    [...(slugs.get(documentId) ?? new Map<string, string>())]
      .filter(([other]) => other !== locale)
      .map(([other, slug]) => ({ locale: other, slug }))
      .sort((a, b) => a.locale.localeCompare(b.locale));

  // Store what was accepted.
  let newest = time(previousMark);
  let stored = 0;
  for (const entry of accepted) {
    const { key, locale, node, id, shaped } = entry;
    let data: Record<string, unknown>;
    try {
      const localizations = localizationsOf(node.documentId, locale);
      data = await ctx.parseData({ id, data: { ...shaped, localizations } });
    } catch (error) {
      leaveOut(entry, parseProblem(error));
      continue;
    }
    const previousId = existing.get(key)?.id;
    if (previousId !== undefined && previousId !== id) store.delete(previousId);
    store.set({ id, data, digest: ctx.generateDigest(data) });
    stored += 1;
  }
  // The mark follows the index alone (see changes-by-index.ts).
  newest = later(newest, view.newest);

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
    leftOut,
    unchanged: total - stored,
    total,
    requests: fetcher.requests,
    locales: locales.length,
    seconds: (performance.now() - started) / 1000,
  };
  meta.set(META_KEYS.lastSync, JSON.stringify(counts));
  return counts;
};
