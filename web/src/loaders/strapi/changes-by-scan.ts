/**
 * Incremental sync without a sync index (a CMS older than the loader):
 *  1. an id-only scan (documentId + updatedAt; all pages, all locales) finds deletions and
 *     unpublishes, and entries whose stored copy is stale for any reason;
 *  2. entries with `updatedAt > mark`, or linked to a relation target updated after the mark
 *     (a renamed topic changes the articles that show it), are fetched in full;
 *  3. the relation targets' own id scans find entries that still show a target that was deleted
 *     or unpublished (Strapi drops the link without touching the entry's updatedAt);
 *  4. stale entries from 1 and 3 that step 2 did not cover are fetched by documentId.
 * Id scans ask for no relations on purpose: Strapi resolves relations one entry at a time, which
 * would make every scan as slow as a full fetch.
 */
import type { CmsClient } from './client';
import { fetchStale, type CollectionFetcher, type Listed, type StoredEntries } from './collection-fetch';
import { keyOf } from './keys';
import type { SiteCollectionName } from './names';
import type { CmsFilters, CollectionSpec, IdNode } from './spec';

export type ScanDeps = {
  /** The site collection being synced (names its id scan, shared when it is its own target). */
  collection: string;
  spec: CollectionSpec;
  client: CmsClient;
  locales: readonly string[];
  pageSize: number;
  previousMark: string;
  existing: StoredEntries;
  specOf: (collection: SiteCollectionName) => CollectionSpec;
  hasFile: (href: string) => boolean;
};

/** Finds and fetches what changed since the mark; returns the keys the CMS lists now. */
export const changesByScan = async (fetcher: CollectionFetcher, deps: ScanDeps): Promise<Set<string>> => {
  const { spec, client, locales, pageSize } = deps;

  // One id scan per collection (all locales), shared by this collection and its relation targets.
  const scans = new Map<string, Promise<Listed>>();
  const scanAll = (name: string, target: CollectionSpec): Promise<Listed> => {
    const cached = scans.get(name);
    if (cached) return cached;
    const scan = (async () => {
      const scanned = new Map<string, IdNode>();
      await Promise.all(
        locales.map(async (locale) => {
          const nodes = await fetcher.walk(`${name} (id scan, locale ${locale})`, (page) =>
            target.fetchIds(client, { locale, page, pageSize }),
          );
          for (const node of nodes) scanned.set(keyOf(locale, node.documentId), node);
        }),
      );
      return scanned;
    })();
    scans.set(name, scan);
    return scan;
  };

  // 1. What exists now (cheap), to find deletions and stale copies.
  const scanned = await scanAll(deps.collection, spec);

  // 2. Changed since the mark: the entry itself, or a document it links to.
  const since = { updatedAt: { gt: deps.previousMark } };
  const relationFields = Object.keys(spec.relations);
  const changedFilter: CmsFilters =
    relationFields.length === 0
      ? since
      : { or: [since, ...relationFields.map((field) => ({ [field]: since }))] };
  await Promise.all(locales.map((locale) => fetcher.fetchInto(locale, changedFilter, 'changed')));

  // 3. Which relation targets still exist, per target collection.
  const targets = new Map(
    await Promise.all(
      Object.entries(spec.relations).map(
        async ([field, target]) => [field, await scanAll(target, deps.specOf(target))] as const,
      ),
    ),
  );

  // 4. Anything else whose stored copy does not match what the CMS has now.
  await fetchStale(fetcher, {
    spec,
    listed: scanned,
    targets,
    existing: deps.existing,
    hasFile: deps.hasFile,
    pageSize,
  });
  return new Set(scanned.keys());
};
