/**
 * Incremental sync of one collection type across every locale.
 *
 * Full sync (first build, another CMS, a new entry format): every page of every locale.
 * Incremental sync:
 *  1. an id-only scan (documentId + updatedAt; all pages, all locales) finds deletions and
 *     unpublishes, and entries whose stored copy is stale for any reason;
 *  2. entries with `updatedAt > mark`, or linked to a relation target updated after the mark
 *     (a renamed topic changes the articles that show it), are fetched in full;
 *  3. the relation targets' own id scans find entries that still show a target that was deleted
 *     or unpublished (Strapi drops the link without touching the entry's updatedAt);
 *  4. stale entries from 1 and 3 that step 2 did not cover are fetched by documentId.
 * A change in the media library (a file added, replaced or deleted) makes the sync a full one:
 * Strapi cannot filter entries by their media, and a replaced file keeps its URL.
 * Then every store entry's `localizations` is recomputed from the store (a new translation
 * changes the language switcher of the existing ones), digests decide what is rewritten, and
 * the mark moves to the newest `updatedAt` seen.
 *
 * Id scans ask for no relations on purpose: Strapi resolves relations one entry at a time, which
 * would make every scan as slow as a full fetch.
 */
import type { CmsClient } from './client';
import type { SiteCollectionName } from './names';
import { META_KEYS, type SyncContext, type SyncCounts } from './context';
import { walkAllPages } from './paging';
import type { CmsFilters, CollectionSpec, FullNode, IdNode } from './spec';
import type { ShapeContext } from './shape/context';

export type CollectionSyncDeps = {
  spec: CollectionSpec;
  client: CmsClient;
  locales: readonly string[];
  pageSize: number;
  /** Identifies the CMS and entry format; a different value forces a full sync. */
  source: string;
  shapeContext: (entryLabel: string) => ShapeContext;
  /** The spec of a relation's target collection, for its id scan. */
  specOf: (collection: SiteCollectionName) => CollectionSpec;
  /** Whether a downloaded file behind an href is still in the local cache. */
  hasFile: (href: string) => boolean;
  /** The media library's fingerprint now (see media-fingerprint.ts). */
  mediaFingerprint: string;
};

type StoredData = {
  documentId: string;
  locale: string;
  slug: string;
  updatedAt: Date;
  localizations: Array<{ locale: string; slug: string }>;
  files?: Array<{ href: string }>;
};
type Fetched = { key: string; locale: string; node: FullNode };

/** Lookup key of one locale of one document. */
const keyOf = (locale: string, documentId: string) => `${locale}:${documentId}`;
/** Entry id the site sees. */
const entryId = (locale: string, slug: string) => `${locale}/${slug}`;

const time = (value: string | Date | null | undefined): number =>
  value == null ? Number.NaN : value instanceof Date ? value.getTime() : Date.parse(value);

/** Newest updatedAt of a node and of the relation targets it came with. */
const newestTime = (node: FullNode, relations: Record<string, unknown>): number => {
  let newest = time(node.updatedAt);
  for (const value of Object.values(relations)) {
    for (const ref of Array.isArray(value) ? value : [value]) {
      const t = time((ref as { updatedAt?: string | null } | null)?.updatedAt);
      if (!Number.isNaN(t) && !(t <= newest)) newest = t;
    }
  }
  return newest;
};

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export const syncCollection = async (ctx: SyncContext, deps: CollectionSyncDeps): Promise<SyncCounts> => {
  const started = performance.now();
  const { spec, client, locales, pageSize } = deps;
  const { store, meta, collection } = ctx;
  let requests = 0;

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

  const walk = async (label: string, fetchPage: Parameters<typeof walkAllPages<FullNode>>[1]) => {
    const result = await walkAllPages(label, fetchPage);
    requests += result.requests;
    return result.nodes;
  };
  const fetched = new Map<string, Fetched>();
  const fetchInto = async (locale: string, filters: CmsFilters | null, why: string) => {
    const nodes = await walk(`${collection} (${why}, locale ${locale})`, (page) =>
      spec.fetchPage(client, { locale, page, pageSize, filters }),
    );
    for (const node of nodes)
      fetched.set(keyOf(locale, node.documentId), { key: keyOf(locale, node.documentId), locale, node });
  };

  const present = new Set<string>();
  if (full) {
    await Promise.all(locales.map((locale) => fetchInto(locale, null, 'all entries')));
    for (const key of fetched.keys()) present.add(key);
  } else {
    // One id scan per collection (all locales), shared by this collection and its relation targets.
    const scans = new Map<string, Promise<Map<string, IdNode>>>();
    const scanAll = (name: string, target: CollectionSpec): Promise<Map<string, IdNode>> => {
      const cached = scans.get(name);
      if (cached) return cached;
      const scan = (async () => {
        const scanned = new Map<string, IdNode>();
        await Promise.all(
          locales.map(async (locale) => {
            const result = await walkAllPages(`${name} (id scan, locale ${locale})`, (page) =>
              target.fetchIds(client, { locale, page, pageSize }),
            );
            requests += result.requests;
            for (const node of result.nodes) scanned.set(keyOf(locale, node.documentId), node);
          }),
        );
        return scanned;
      })();
      scans.set(name, scan);
      return scan;
    };

    // 1. What exists now (cheap), to find deletions and stale copies.
    const scanned = await scanAll(collection, spec);
    for (const key of scanned.keys()) present.add(key);

    // 2. Changed since the mark: the entry itself, or a document it links to.
    const since = { updatedAt: { gt: previousMark } };
    const relationFields = Object.keys(spec.relations);
    const changedFilter: CmsFilters =
      relationFields.length === 0
        ? since
        : { or: [since, ...relationFields.map((field) => ({ [field]: since }))] };
    await Promise.all(locales.map((locale) => fetchInto(locale, changedFilter, 'changed')));

    // 3. Which relation targets still exist, per target collection.
    const targets = new Map(
      await Promise.all(
        Object.entries(spec.relations).map(
          async ([field, target]) => [field, await scanAll(target, deps.specOf(target))] as const,
        ),
      ),
    );
    const showsMissingTarget = (stored: StoredData) =>
      Object.entries(spec.relationsOf(stored)).some(([field, value]) => {
        const existingTargets = targets.get(field);
        return (Array.isArray(value) ? value : [value]).some(
          (ref) =>
            ref !== null &&
            existingTargets !== undefined &&
            !existingTargets.has(keyOf(stored.locale, ref.documentId)),
        );
      });

    // 4. Anything else whose stored copy does not match what the CMS has now.
    const staleByLocale = new Map<string, string[]>();
    for (const [key, node] of scanned) {
      if (fetched.has(key)) continue;
      const stored = existing.get(key)?.data;
      const stale =
        !stored ||
        time(stored.updatedAt) !== time(node.updatedAt) ||
        showsMissingTarget(stored) ||
        (stored.files ?? []).some((file) => !deps.hasFile(file.href));
      if (!stale) continue;
      const locale = key.slice(0, key.indexOf(':'));
      staleByLocale.set(locale, [...(staleByLocale.get(locale) ?? []), node.documentId]);
    }
    for (const [locale, documentIds] of staleByLocale) {
      for (const ids of chunk(documentIds, pageSize)) {
        await fetchInto(locale, { documentId: { in: ids } }, 'stale');
      }
    }
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
    const t = newestTime(node, spec.relationsOf(node));
    if (!Number.isNaN(t) && !(t <= newest)) newest = t;
  }

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
    requests,
    locales: locales.length,
    seconds: (performance.now() - started) / 1000,
  };
  meta.set(META_KEYS.lastSync, JSON.stringify(counts));
  return counts;
};
