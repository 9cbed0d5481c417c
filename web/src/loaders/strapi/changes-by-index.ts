/**
 * Incremental sync with the CMS's sync index (sync-index.ts), which says what is published now in
 * this collection and in its relation targets' collections without a request of this sync's own:
 *  1. in each locale where a relation target has an entry updated after the mark (and the
 *     collection has entries), the entries linked to a target updated after the mark are fetched
 *     in full (a renamed topic changes the articles that show it);
 *  2. entries whose stored copy does not match the index (new, edited, showing a target the index
 *     no longer lists, linking a file gone from the cache) are fetched by documentId.
 * Nothing else is asked: a collection whose index shows nothing new costs no request.
 *
 * The mark becomes the newest updatedAt the index shows for the collection and its targets, never
 * one seen only in a fetched entry: a target changed after the index was read may already show in
 * an entry fetched now, while other entries that show it were not fetched; a mark past that change
 * would hide it from the next sync.
 */
import {
  fetchStale,
  time,
  type CollectionFetcher,
  type Listed,
  type StoredEntries,
} from './collection-fetch';
import { localeOfKey } from './keys';
import type { CmsFilters, CollectionSpec } from './spec';
import type { SyncIndex } from './sync-index';

/** What the index lists for one collection and for its relation fields' targets. */
export type IndexView = {
  listed: Listed;
  /** Per relation field, what its target collection lists. */
  targets: ReadonlyMap<string, Listed>;
  /** The locales the collection has published entries in, in the order given. */
  locales: string[];
  /** Newest updatedAt over the collection and its targets (NaN when all are empty). */
  newest: number;
};

const newestOf = (lists: Iterable<Listed>): number => {
  let newest = Number.NaN;
  for (const list of lists) {
    for (const { updatedAt } of list.values()) {
      const t = time(updatedAt);
      if (!Number.isNaN(t) && !(t <= newest)) newest = t;
    }
  }
  return newest;
};

/** The index's view of a collection and of its relations' target collections. */
export const indexView = (
  index: SyncIndex,
  spec: CollectionSpec,
  locales: readonly string[],
  specOf: (collection: string) => CollectionSpec,
): IndexView => {
  const listed = index.entriesOf(spec.contentType, locales);
  const targets = new Map<string, Listed>();
  for (const [field, target] of Object.entries(spec.relations)) {
    targets.set(field, index.entriesOf(specOf(target).contentType, locales));
  }
  const present = new Set([...listed.keys()].map(localeOfKey));
  return {
    listed,
    targets,
    locales: locales.filter((locale) => present.has(locale)),
    newest: newestOf([listed, ...targets.values()]),
  };
};

/** Finds and fetches what changed since the mark; returns the keys the CMS lists now. */
export const changesByIndex = async (
  fetcher: CollectionFetcher,
  view: IndexView,
  deps: {
    spec: CollectionSpec;
    previousMark: string;
    existing: StoredEntries;
    hasFile: (href: string) => boolean;
    pageSize: number;
  },
): Promise<Set<string>> => {
  const { spec, previousMark } = deps;
  const mark = time(previousMark);

  // 1. Entries linked to a target updated after the mark, per locale, for the fields whose targets
  // moved in that locale: Strapi links a localized entry to the same locale of a localized target
  // (its document service enforces it), as the missing-target check in fetchStale assumes too.
  const since = { updatedAt: { gt: previousMark } };
  const movedFields = new Map<string, Set<string>>();
  for (const [field, listed] of view.targets) {
    for (const [key, node] of listed) {
      if (!(time(node.updatedAt) > mark)) continue;
      const locale = localeOfKey(key);
      movedFields.set(locale, (movedFields.get(locale) ?? new Set<string>()).add(field));
    }
  }
  await Promise.all(
    view.locales.flatMap((locale) => {
      const fields = movedFields.get(locale);
      if (!fields) return [];
      const linked: CmsFilters = { or: [...fields].map((field) => ({ [field]: since })) };
      return [fetcher.fetchInto(locale, linked, 'linked to a change')];
    }),
  );

  // 2. Everything else whose stored copy does not match the index.
  await fetchStale(fetcher, {
    spec,
    listed: view.listed,
    targets: view.targets,
    existing: deps.existing,
    hasFile: deps.hasFile,
    pageSize: deps.pageSize,
  });
  return new Set(view.listed.keys());
};
