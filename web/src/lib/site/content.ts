/**
 * How pages read the content collections: by locale, with the site's rules for which locales and
 * sections exist. Reads are memoised per build (every page's getStaticPaths asks the same things).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../i18n/locales';
import {
  LOCALIZED_COLLECTION_NAMES,
  relationsOf,
  type LocalizedCollectionName,
  type SingleCollectionName,
} from '../../loaders/strapi/collections';
import { once } from './build-memo';

export type SingleCollection = SingleCollectionName;
export type LocalizedCollection = LocalizedCollectionName;
/** Every collection with entries per locale: the loader's collections but the single types. */
export const LOCALIZED_COLLECTIONS = LOCALIZED_COLLECTION_NAMES;

const inLocale = async <C extends LocalizedCollection>(
  collection: C,
  locale: Locale,
): Promise<CollectionEntry<C>[]> =>
  ((await getCollection(collection)) as CollectionEntry<C>[]).filter(
    (entry) => (entry.data as { locale: string }).locale === locale,
  );

/** The documents a collection has in one locale. */
const documentsIn = (collection: LocalizedCollection, locale: Locale): Promise<ReadonlySet<string>> =>
  once(`documents:${collection}:${locale}`, async () => {
    const entries = await inLocale(collection, locale);
    return new Set(entries.map((entry) => (entry.data as { documentId: string }).documentId));
  });

type Ref = { documentId: string };

/**
 * An entry as pages show it: linking only entries the site has. An entry the build left out
 * (loaders/strapi/left-out.ts) is not in its collection, so nothing links to it.
 */
const withPublishedLinks = async <C extends LocalizedCollection>(
  collection: C,
  locale: Locale,
  entries: CollectionEntry<C>[],
): Promise<CollectionEntry<C>[]> => {
  const relations = relationsOf(collection);
  const targets = await Promise.all(
    Object.entries(relations).map(
      async ([field, target]) => [field, await documentsIn(target, locale)] as const,
    ),
  );
  if (targets.length === 0) return entries;
  return entries.map((entry) => {
    const data: Record<string, unknown> = { ...(entry.data as Record<string, unknown>) };
    for (const [field, published] of targets) {
      const value = data[field] as Ref | Ref[] | null | undefined;
      if (Array.isArray(value)) data[field] = value.filter((ref) => published.has(ref.documentId));
      else if (value && !published.has(value.documentId)) data[field] = null;
    }
    return { ...entry, data } as CollectionEntry<C>;
  });
};

/** Every published entry of a collection in one locale. */
export const entriesIn = <C extends LocalizedCollection>(
  collection: C,
  locale: Locale,
): Promise<CollectionEntry<C>[]> =>
  once(`${collection}:${locale}`, async () =>
    withPublishedLinks(collection, locale, await inLocale(collection, locale)),
  );

/** A single type (settings, home, about) in one locale, if it is published in it. */
export const singleIn = <C extends SingleCollection>(
  collection: C,
  locale: Locale,
): Promise<CollectionEntry<C> | undefined> =>
  once(`${collection}:${locale}`, async () => {
    // getCollection, not getEntry: a single type missing in a locale is normal, not worth a warning.
    const all = (await getCollection(collection)) as CollectionEntry<C>[];
    return all.find((entry) => (entry.data as { locale: string }).locale === locale);
  });

/**
 * The locales the site is built in: English, plus every locale whose home page is published.
 * A locale without a home page would have pages with no way in, so its content waits until it has one.
 */
export const siteLocales = (): Promise<Locale[]> =>
  once('site-locales', async () => {
    const homes = await getCollection('home');
    const withHome = new Set(homes.map((entry) => entry.data.locale).filter(isLocale));
    return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || withHome.has(locale));
  });

/** Site settings in a locale, falling back to English (contact details and the exit URL are shared). */
export const settingsFor = async (locale: Locale): Promise<CollectionEntry<'settings'>['data']> => {
  const settings = (await singleIn('settings', locale)) ?? (await singleIn('settings', DEFAULT_LOCALE));
  if (!settings)
    throw new Error(
      'Site settings are not published in the CMS, or were left out because something in them needs fixing: the site cannot be built without them.',
    );
  return settings.data;
};

/** The site's sections, each of which exists in a locale only when there is something to show. */
export type Section =
  | 'news'
  | 'resources'
  | 'events'
  | 'projects'
  | 'tributes'
  | 'about'
  | 'getHelp'
  | 'glossary'
  | 'search'
  | 'directory';

/** Which sections a locale has. News, resources, get help and search always exist (with an empty state). */
export const sectionsFor = (locale: Locale): Promise<ReadonlySet<Section>> =>
  once(`sections:${locale}`, async () => {
    const sections = new Set<Section>(['news', 'resources', 'getHelp', 'search']);
    if ((await entriesIn('events', locale)).length > 0) sections.add('events');
    if ((await entriesIn('projects', locale)).length > 0) sections.add('projects');
    if ((await entriesIn('tributes', locale)).length > 0) sections.add('tributes');
    if ((await entriesIn('glossary', locale)).length > 0) sections.add('glossary');
    if ((await entriesIn('directory', locale)).length > 0) sections.add('directory');
    if (await singleIn('about', locale)) sections.add('about');
    return sections;
  });

/** The site locales in which a section exists, for its getStaticPaths and its language switcher. */
export const localesWithSection = async (section: Section): Promise<Locale[]> => {
  const result: Locale[] = [];
  for (const locale of await siteLocales()) {
    if ((await sectionsFor(locale)).has(section)) result.push(locale);
  }
  return result;
};

/** A CMS page in the reader's locale, else in English (so footer links always lead somewhere), else none. */
export const pageLink = async (
  locale: Locale,
  slug: string,
): Promise<{ locale: Locale; slug: string; title: string } | undefined> => {
  for (const candidate of locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE]) {
    const pages = await entriesIn('pages', candidate);
    // Translations keep their own slug, so find the English page's translation by documentId.
    const english =
      candidate === DEFAULT_LOCALE
        ? undefined
        : (await entriesIn('pages', DEFAULT_LOCALE)).find((p) => p.data.slug === slug);
    const page = pages.find(
      (p) => p.data.slug === slug || (english && p.data.documentId === english.data.documentId),
    );
    if (page) return { locale: candidate, slug: page.data.slug, title: page.data.title };
  }
  return undefined;
};
