/**
 * The resources library as static pages, so it stays light at thousands of guides and works with
 * no JavaScript: every guide in pages of LIBRARY_PAGE_SIZE (`/resources/`, `/resources/page/2/`…),
 * and the same for each filter value (`/resources/language/ar/`, `/resources/topic/asylum/page/2/`).
 * A page shows at most one page of guides, whatever the library's size.
 *
 * Combined filters (audience and language) are the filter script's job: it reads the library's
 * compact index (`library-index.ts`) and takes the matching guides' markup from these same pages.
 */
import type { Locale } from '../../i18n/locales';
import { uiStrings } from '../../i18n';
import type { ResourceData } from '../cms/schemas';
import { once } from './build-memo';
import { buildLibraryIndex, isFilterableValue, type LibraryIndex } from './library-index';
import { listCacheKey } from './cache-keys';
import { entriesIn, localesWithSection } from './content';
import { paginateList, type PageOf } from './paginate';
import { FILTER_FACETS, type FilterFacet } from './resource-filter';
import { facetOptions, resourceFacets, sortResources, type FacetOptions } from './resources';
import { langParam, localePath } from './urls';

/** Guides per page: a page of cards that loads fast on a phone. */
export const LIBRARY_PAGE_SIZE = 24;

/** One filter value a page lists: `/resources/<facet>/<value>/`. */
export type LibraryFilter = { facet: FilterFacet; value: string; label: string };

/** A guide on a list page, with its place in the whole library's order (what the filter script finds it by). */
export type LibraryItem = { resource: ResourceData; position: number };

export type LibraryPage = {
  locale: Locale;
  filter?: LibraryFilter | undefined;
  page: PageOf<LibraryItem>;
  /** Guides in the whole library (in this locale). */
  total: number;
  /** Guides this list has (all, or those with the filter value). */
  matching: number;
  /** Every filter's choices with how many guides each has. */
  options: FacetOptions;
};

/** The URL of a list page: the whole library or one filter value, page 1 without a page segment. */
export const libraryHref = (
  locale: Locale,
  filter?: Pick<LibraryFilter, 'facet' | 'value'>,
  page = 1,
): string => {
  const base = filter ? ['resources', filter.facet, filter.value] : ['resources'];
  return page > 1 ? localePath(locale, ...base, 'page', page) : localePath(locale, ...base);
};

/** The library of one locale, sorted, with its filter choices: read once per build. */
export const libraryOf = (locale: Locale): Promise<{ items: LibraryItem[]; options: FacetOptions }> =>
  once(`resource-library:${locale}`, async () => {
    const strings = uiStrings(locale);
    const resources = sortResources(
      (await entriesIn('resources', locale)).map((entry) => entry.data),
      locale,
    );
    const items = resources.map((resource, position) => ({ resource, position }));
    const all = facetOptions(resources, locale, (type) => strings.resources.types[type]);
    const options = Object.fromEntries(
      FILTER_FACETS.map((facet) => [facet, all[facet].filter((option) => isFilterableValue(option.value))]),
    ) as FacetOptions;
    return { items, options };
  });

/** Every list page of one locale: the whole library, then each filter value, each paginated. */
export const libraryPagesOf = (locale: Locale): Promise<LibraryPage[]> =>
  once(`resource-library-pages:${locale}`, async () => {
    const { items, options } = await libraryOf(locale);
    const facetsOf = new Map(items.map((item) => [item, resourceFacets(item.resource)]));
    const lists: Array<{ filter?: LibraryFilter; items: LibraryItem[] }> = [{ items }];
    for (const facet of FILTER_FACETS) {
      for (const option of options[facet]) {
        lists.push({
          filter: { facet, value: option.value, label: option.label },
          items: items.filter((item) => facetsOf.get(item)?.[facet].includes(option.value)),
        });
      }
    }
    return lists.flatMap(({ filter, items: listed }) =>
      paginateList(listed, LIBRARY_PAGE_SIZE).map((page) => ({
        locale,
        filter,
        page,
        total: items.length,
        matching: listed.length,
        options,
      })),
    );
  });

type Params = { lang: string | undefined; page?: string; facet?: string; value?: string };

/**
 * getStaticPaths for one of the library's four list routes (whole library or a filter value;
 * page 1 or a later page), with the cache key that lets an incremental build skip a page whose
 * guides, counts and frame did not change: one edited guide re-renders only the pages it is on.
 */
export const libraryPaths = async ({ filtered, later }: { filtered: boolean; later: boolean }) => {
  const paths: Array<{ params: Params; props: { view: LibraryPage }; cacheKey: string }> = [];
  for (const locale of await localesWithSection('resources')) {
    for (const view of await libraryPagesOf(locale)) {
      if (Boolean(view.filter) !== filtered || view.page.page > 1 !== later) continue;
      const params: Params = { lang: langParam(locale) };
      if (view.filter) Object.assign(params, { facet: view.filter.facet, value: view.filter.value });
      if (later) params.page = String(view.page.page);
      paths.push({
        params,
        props: { view },
        cacheKey: await listCacheKey(locale, [
          'resource-library',
          view.filter ?? 'all',
          view.page.page,
          view.page.totalPages,
          view.total,
          view.matching,
          view.options,
          // Only the whole library's pages carry each guide's place (what the filter script finds
          // cards by), so a filter page does not change when guides it does not list move.
          view.filter ? view.page.items.map((item) => item.resource) : view.page.items,
        ]),
      });
    }
  }
  return paths;
};

/** The URL of a locale's filter index (library-index.ts). */
export const libraryIndexHref = (locale: Locale): string =>
  `${localePath(locale, 'resources')}filter-index.json`;

/** A locale's filter index, from the same list and pages as the HTML. */
export const libraryIndexOf = async (locale: Locale): Promise<LibraryIndex> => {
  const { items, options } = await libraryOf(locale);
  const totalPages = Math.max(1, Math.ceil(items.length / LIBRARY_PAGE_SIZE));
  const values = Object.fromEntries(
    FILTER_FACETS.map((facet) => [facet, options[facet].map((option) => option.value)]),
  ) as Record<FilterFacet, string[]>;
  return buildLibraryIndex(
    items.map((item) => resourceFacets(item.resource)),
    values,
    LIBRARY_PAGE_SIZE,
    Array.from({ length: totalPages }, (_, n) => libraryHref(locale, undefined, n + 1)),
  );
};
