/**
 * How a collection sync fetches (sync-collection.ts, changes-by-index.ts): full entries into one
 * map while counting requests, and the entries whose stored copy no longer matches what the CMS
 * lists.
 */
import { emptyRequiredFields, type CmsClient } from './client';
import { keyOf, localeOfKey } from './keys';
import { walkAllPages, type Connection } from './paging';
import type { CmsFilters, CollectionSpec, FullNode, IdNode } from './spec';

/** How many times a list is read again without entries whose required fields are empty. */
const MAX_EMPTY_FIELD_RETRIES = 5;

/** What the store holds for one entry (the fields the sync reads). */
export type StoredData = {
  documentId: string;
  locale: string;
  slug: string;
  updatedAt: Date;
  localizations: Array<{ locale: string; slug: string }>;
  files?: Array<{ href: string }>;
};
export type StoredEntries = ReadonlyMap<string, { id: string; data: StoredData }>;
export type Fetched = { key: string; locale: string; node: FullNode };
/** Entries the CMS lists, by keyOf(locale, documentId). */
export type Listed = ReadonlyMap<string, IdNode>;

export const time = (value: string | Date | null | undefined): number =>
  value == null ? Number.NaN : value instanceof Date ? value.getTime() : Date.parse(value);

export type CollectionFetcher = {
  /** Full entries fetched so far, by keyOf(locale, documentId). */
  readonly fetched: Map<string, Fetched>;
  /**
   * Entries asked for by documentId that the CMS could not return because a required field of
   * theirs is empty, by key: those fields. The rest of their list was fetched without them.
   */
  readonly unreadable: Map<string, string[]>;
  readonly requests: number;
  /** Walks every page of one list, counting its requests. */
  walk: <TNode>(
    label: string,
    fetchPage: (page: number) => Promise<Connection<TNode> | null | undefined>,
  ) => Promise<TNode[]>;
  /** Fetches the entries of one locale that match `filters` (all of them for null). */
  fetchInto: (locale: string, filters: CmsFilters | null, why: string) => Promise<void>;
};

export const createCollectionFetcher = (deps: {
  collection: string;
  spec: CollectionSpec;
  client: CmsClient;
  pageSize: number;
}): CollectionFetcher => {
  const { collection, spec, client, pageSize } = deps;
  const fetched = new Map<string, Fetched>();
  const unreadable = new Map<string, string[]>();
  let requests = 0;
  const walk: CollectionFetcher['walk'] = async (label, fetchPage) => {
    const result = await walkAllPages(label, fetchPage);
    requests += result.requests;
    return result.nodes;
  };
  /**
   * Walks the list matching `filters`; when entries with an empty required field make the CMS
   * drop it (client.ts), walks it again without them, as often as new such fields turn up.
   */
  const walkReadable = async (locale: string, filters: CmsFilters | null, why: string) => {
    const empty = new Set<string>();
    for (let attempt = 0; ; attempt += 1) {
      const without: CmsFilters = { not: { or: [...empty].map((name) => ({ [name]: { null: true } })) } };
      const current = empty.size === 0 ? filters : { and: [...(filters ? [filters] : []), without] };
      try {
        const nodes = await walk(`${collection} (${why}, locale ${locale})`, (page) =>
          spec.fetchPage(client, { locale, page, pageSize, filters: current }),
        );
        return { nodes, empty: [...empty] };
      } catch (error) {
        const fields = emptyRequiredFields(error);
        if (!fields || attempt >= MAX_EMPTY_FIELD_RETRIES || fields.every((name) => empty.has(name)))
          throw error;
        for (const name of fields) empty.add(name);
      }
    }
  };
  return {
    fetched,
    unreadable,
    get requests() {
      return requests;
    },
    walk,
    fetchInto: async (locale, filters, why) => {
      const { nodes, empty } = await walkReadable(locale, filters, why);
      for (const node of nodes) {
        const key = keyOf(locale, node.documentId);
        fetched.set(key, { key, locale, node });
      }
      // Asked for by id: the ones that did not come are the ones with an empty field.
      const asked = (filters?.documentId as { in?: unknown } | undefined)?.in;
      if (empty.length === 0 || !Array.isArray(asked)) return;
      for (const documentId of asked as string[]) {
        const key = keyOf(locale, documentId);
        if (!fetched.has(key)) unreadable.set(key, empty);
      }
    },
  };
};

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Fetches, by documentId, every listed entry not fetched yet whose stored copy does not match:
 * missing, another updatedAt, showing a relation target the CMS no longer lists (Strapi drops the
 * link without touching the entry's updatedAt), or linking a file gone from the local cache.
 */
export const fetchStale = async (
  fetcher: CollectionFetcher,
  deps: {
    spec: CollectionSpec;
    listed: Listed;
    /** What each relation field's target collection lists now, by field. */
    targets: ReadonlyMap<string, Listed>;
    existing: StoredEntries;
    hasFile: (href: string) => boolean;
    pageSize: number;
  },
): Promise<void> => {
  const { spec, listed, targets, existing } = deps;
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

  const staleByLocale = new Map<string, string[]>();
  for (const [key, node] of listed) {
    if (fetcher.fetched.has(key)) continue;
    const stored = existing.get(key)?.data;
    const stale =
      !stored ||
      time(stored.updatedAt) !== time(node.updatedAt) ||
      showsMissingTarget(stored) ||
      (stored.files ?? []).some((file) => !deps.hasFile(file.href));
    if (!stale) continue;
    const locale = localeOfKey(key);
    staleByLocale.set(locale, [...(staleByLocale.get(locale) ?? []), node.documentId]);
  }
  for (const [locale, documentIds] of staleByLocale) {
    for (const ids of chunk(documentIds, deps.pageSize)) {
      await fetcher.fetchInto(locale, { documentId: { in: ids } }, 'stale');
    }
  }
};
