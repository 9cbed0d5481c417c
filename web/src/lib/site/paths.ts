/**
 * getStaticPaths building blocks. Every route lives under `[...lang]`: undefined for English
 * (no prefix), the locale code otherwise.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import {
  entriesIn,
  localesWithSection,
  siteLocales,
  type LocalizedCollection,
  type Section,
} from './content';
import { entryCacheKey } from './cache-keys';
import { langParam } from './urls';

export type LocaleProps = { locale: Locale };

/** One path per built locale (or per locale that has `section`). */
export const localePaths = async (section?: Section) =>
  (section ? await localesWithSection(section) : await siteLocales()).map((locale) => ({
    params: { lang: langParam(locale) },
    props: { locale } satisfies LocaleProps,
  }));

/**
 * One path per published entry of a collection, in every built locale: `/<lang>/…/<slug>/`, with
 * the cache key that lets an incremental build reuse the page when nothing it shows changed.
 */
export const entryPaths = async <C extends LocalizedCollection>(collection: C) => {
  const paths: Array<{
    params: { lang: string | undefined; slug: string };
    props: { locale: Locale; entry: CollectionEntry<C> };
    cacheKey: string;
  }> = [];
  for (const locale of await siteLocales()) {
    for (const entry of await entriesIn(collection, locale)) {
      const slug = (entry.data as { slug: string }).slug;
      paths.push({
        params: { lang: langParam(locale), slug },
        props: { locale, entry },
        cacheKey: await entryCacheKey(locale, entry),
      });
    }
  }
  return paths;
};
