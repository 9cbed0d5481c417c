/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key
 * and code did not change since the last build is copied from it instead of rendered again, which
 * is what makes a publish go live in seconds on a site of thousands of pages.
 *
 * A key must change whenever anything the page shows changes, so it covers:
 *  - the entry itself (its digest also covers the topics, translations and links it carries);
 *  - every entry it links by documentId (related guides, the superseding edition, …) in its locale;
 *  - the frame every page shares: site settings, the footer's pages, which sections and locales
 *    exist. Any change there renders every page again.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { once } from './build-memo';
import { LOCALIZED_COLLECTIONS, sectionsFor, siteLocales, type LocalizedCollection } from './content';

const hash = (parts: unknown): string =>
  createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);

const digestOf = (entry: { id: string; digest?: string | number }): string =>
  String(entry.digest ?? entry.id);

/** `<locale>:<documentId>` → digest, over every localized collection. */
const digestsByDocument = (): Promise<ReadonlyMap<string, string>> =>
  once('cache-keys:documents', async () => {
    const byDocument = new Map<string, string>();
    for (const collection of LOCALIZED_COLLECTIONS) {
      for (const entry of await getCollection(collection)) {
        const { locale, documentId } = entry.data as { locale: string; documentId: string };
        byDocument.set(`${locale}:${documentId}`, `${collection}/${digestOf(entry)}`);
      }
    }
    return byDocument;
  });

/** What every page of a locale shows besides its own content (BaseLayout's header and footer). */
const frameKey = (locale: Locale): Promise<string> =>
  once(`cache-keys:frame:${locale}`, async () => {
    const singles = await Promise.all(
      (['settings', 'about'] as const).map(async (collection) =>
        (await getCollection(collection)).map((entry) => [entry.id, digestOf(entry)]),
      ),
    );
    const pages = (await getCollection('pages')).map((entry) => [entry.id, digestOf(entry)]);
    return hash([await siteLocales(), [...(await sectionsFor(locale))].sort(), singles, pages]);
  });

/** documentIds anywhere below the top level of an entry's data: the entries it links. */
const linkedDocumentIds = (data: unknown): string[] => {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'documentId' && depth > 0 && typeof child === 'string') found.add(child);
        else walk(child, depth + 1);
      }
    }
  };
  walk(data, 0);
  return [...found].sort();
};

/** The cache key of an entry's own page in `locale`. */
export const entryCacheKey = async <C extends LocalizedCollection>(
  locale: Locale,
  entry: CollectionEntry<C>,
): Promise<string> => {
  const documents = await digestsByDocument();
  const linked = linkedDocumentIds(entry.data).map((id) => documents.get(`${locale}:${id}`) ?? `${id}:none`);
  return hash([digestOf(entry), linked, await frameKey(locale)]);
};

/**
 * The cache key of a list page (a page of the resources library…): everything it shows, as the
 * data it renders from (entries already resolved to their published links, counts, page numbers),
 * and the frame. An entry that is not on the page cannot change its key.
 */
export const listCacheKey = async (locale: Locale, shown: unknown): Promise<string> =>
  hash([shown, await frameKey(locale)]);

/**
 * What a list page shows of its entries (cards: each entry's own fields), as their digests, not
 * their data: cheap to hash for a page of 20 articles out of 10,000. An entry's digest already
 * covers what it carries of the entries it links (a topic's name): the loader fetches an entry
 * again when an entry it links changes.
 */
export const shownEntriesKey = async (
  locale: Locale,
  shown: ReadonlyArray<{ documentId: string }>,
): Promise<string> => {
  const documents = await digestsByDocument();
  return hash(
    shown.map((data) => documents.get(`${locale}:${data.documentId}`) ?? `${data.documentId}:none`),
  );
};
