/**
 * The directory's lists as static pages, so a directory of hundreds of services stays light on a
 * cheap phone and works with no JavaScript: every service in pages of DIRECTORY_PAGE_SIZE
 * (`/directory/`, `/directory/page/2/`…), and the same for each area, group and language
 * (`/directory/area/england/london/`, `/directory/for/refugee/page/2/`, `/directory/language/ar/`).
 * A page shows at most one page of services, whatever the directory's size.
 *
 * Combining filters is the filter script's job (filter-client.ts): it reads the directory's
 * filter index (`/directory/filter-index.json`, from `directoryIndexOf`) and takes the matching
 * services' markup from the whole directory's pages, where each service carries its position.
 */
import type { Locale } from '../../i18n';
import type { ImmigrationSituation, ServiceData } from '../cms/schemas/directory';
import type { Alternate } from '../site/alternates';
import { once } from '../site/build-memo';
import { listCacheKey } from '../site/cache-keys';
import { localesWithSection } from '../site/content';
import { buildFilterIndex } from '../site/filter-index';
import { paginateList, type PageOf } from '../site/paginate';
import { langParam, routes } from '../site/urls';
import { servesPlace, type Place } from './areas';
import { DIRECTORY_FACETS, type DirectoryFacet, type DirectoryIndex } from './facets';
import { languagesIn, listAlternates, placesIn, servicesIn, situationsIn } from './listing';
import { isFor } from './present';

/** Services per page: a page of cards that loads fast on a phone. */
export const DIRECTORY_PAGE_SIZE = 24;

/** What a list page lists: the whole directory, or one area, group or language. */
export type DirectoryList =
  | { kind: 'all' }
  | { kind: 'area'; place: Place }
  | { kind: 'who'; situation: ImmigrationSituation }
  | { kind: 'language'; code: string };

/** A service on a list page, with its place in the whole directory's order (what the filter script finds it by). */
export type DirectoryItem = { service: ServiceData; position: number };

export type DirectoryPage = {
  locale: Locale;
  list: DirectoryList;
  page: PageOf<DirectoryItem>;
  /** Services in the whole directory (in this locale). */
  total: number;
  /** Services this list has. */
  matching: number;
};

/** The URL of a list page, page 1 without a page segment. */
export const directoryListHref = (locale: Locale, list: DirectoryList, page = 1): string => {
  const first =
    list.kind === 'all'
      ? routes.directory(locale)
      : list.kind === 'area'
        ? routes.directoryArea(locale, list.place.path)
        : list.kind === 'who'
          ? routes.directoryFor(locale, list.situation)
          : routes.directoryLanguage(locale, list.code);
  return page > 1 ? `${first}page/${page}/` : first;
};

/** The filter a list stands for in the form and the index (none for the whole directory). */
export const listFilter = (list: DirectoryList): { facet: DirectoryFacet; value: string } | undefined => {
  switch (list.kind) {
    case 'all':
      return undefined;
    case 'area':
      return { facet: 'area', value: list.place.path };
    case 'who':
      return { facet: 'who', value: list.situation };
    case 'language':
      return { facet: 'language', value: list.code };
  }
};

/** What every list page of a locale offers besides its services: the browse links and the form's choices. */
export const directoryChoicesOf = (locale: Locale) =>
  once(`directory-choices:${locale}`, async () => ({
    places: await placesIn(locale),
    situations: await situationsIn(locale),
    languages: await languagesIn(locale),
  }));

/** Every list of one locale with the services it shows (positions in the whole directory's order). */
const directoryListsOf = (locale: Locale): Promise<Array<{ list: DirectoryList; items: DirectoryItem[] }>> =>
  once(`directory-lists:${locale}`, async () => {
    const items = (await servicesIn(locale)).map((service, position) => ({ service, position }));
    const { places, situations, languages } = await directoryChoicesOf(locale);
    return [
      { list: { kind: 'all' } as const, items },
      ...places.map((place) => ({
        list: { kind: 'area', place } as const,
        items: items.filter((item) => servesPlace(item.service.serviceAreas, place)),
      })),
      ...situations.map((situation) => ({
        list: { kind: 'who', situation } as const,
        items: items.filter((item) => isFor(item.service, situation)),
      })),
      ...languages.map((code) => ({
        list: { kind: 'language', code } as const,
        items: items.filter((item) => item.service.languages.includes(code)),
      })),
    ];
  });

/** Every list page of one locale, each list paginated; once per build, for every directory route. */
export const directoryPagesOf = (locale: Locale): Promise<DirectoryPage[]> =>
  once(`directory-pages:${locale}`, async () => {
    const lists = await directoryListsOf(locale);
    const total = lists[0]?.items.length ?? 0;
    return lists.flatMap(({ list, items }) =>
      paginateList(items, DIRECTORY_PAGE_SIZE).map((page) => ({
        locale,
        list,
        page,
        total,
        matching: items.length,
      })),
    );
  });

type Params = { lang: string | undefined; page?: string; place?: string; who?: string; code?: string };

/** A list's own part of its route's params (the area route is a rest parameter that holds the page too). */
const listParams = (list: DirectoryList, page: number): Omit<Params, 'lang'> => {
  const later = page > 1 ? String(page) : undefined;
  switch (list.kind) {
    case 'all':
      return later ? { page: later } : {};
    case 'area':
      return { place: later ? `${list.place.path}/page/${later}` : list.place.path };
    case 'who':
      return { who: list.situation.replace(/_/g, '-'), ...(later ? { page: later } : {}) };
    case 'language':
      return { code: list.code, ...(later ? { page: later } : {}) };
  }
};

/**
 * getStaticPaths for one of the directory's list routes (`kind`; page 1 or later pages, except
 * the area route, which builds both), with the cache key that lets an incremental build skip a
 * page whose services, counts and frame did not change: one edited service re-renders only the
 * pages it is on (and, if it changes an area, group or language, the pages that link them).
 */
export const directoryPaths = async (kind: DirectoryList['kind'], pages: 'first' | 'later' | 'all') => {
  const paths: Array<{ params: Params; props: { view: DirectoryPage }; cacheKey: string }> = [];
  for (const locale of await localesWithSection('directory')) {
    const choices = await directoryChoicesOf(locale);
    for (const view of await directoryPagesOf(locale)) {
      if (view.list.kind !== kind) continue;
      if ((pages === 'first' && view.page.page > 1) || (pages === 'later' && view.page.page === 1)) continue;
      paths.push({
        params: { lang: langParam(locale), ...listParams(view.list, view.page.page) },
        props: { view },
        cacheKey: await listCacheKey(locale, [
          'directory',
          view.list,
          view.page.page,
          view.page.totalPages,
          view.total,
          view.matching,
          choices,
          // Only the whole directory's pages carry each service's place (what the filter script
          // finds cards by), so another list's page does not change when services it does not list move.
          kind === 'all' ? view.page.items : view.page.items.map((item) => item.service),
        ]),
      });
    }
  }
  return paths;
};

/** The URL of a locale's filter index. */
export const directoryIndexHref = (locale: Locale): string => `${routes.directory(locale)}filter-index.json`;

/**
 * A locale's filter index: for each service (in the directory's order), the places, groups and
 * languages whose pages list it. The same answers as the static pages, so a filtered list in the
 * browser always agrees with the page a visitor without JavaScript reaches by links.
 */
export const directoryIndexOf = async (locale: Locale): Promise<DirectoryIndex> => {
  const lists = await directoryListsOf(locale);
  const items = lists[0]?.items ?? [];
  const none = (): Record<DirectoryFacet, string[]> => ({ area: [], who: [], language: [] });
  const values = none();
  const valuesOf = items.map(() => none());
  for (const { list, items: listed } of lists) {
    const filter = listFilter(list);
    if (!filter) continue;
    values[filter.facet].push(filter.value);
    for (const item of listed) valuesOf[item.position]?.[filter.facet].push(filter.value);
  }
  const totalPages = Math.max(1, Math.ceil(items.length / DIRECTORY_PAGE_SIZE));
  return buildFilterIndex(
    DIRECTORY_FACETS,
    valuesOf,
    values,
    DIRECTORY_PAGE_SIZE,
    Array.from({ length: totalPages }, (_, n) => directoryListHref(locale, { kind: 'all' }, n + 1)),
  );
};

/**
 * The same list in the other languages that have it (page 1 only: a later page's services differ
 * from language to language).
 */
export const directoryAlternates = async (view: DirectoryPage): Promise<Alternate[]> => {
  if (view.page.page > 1) {
    return [{ locale: view.locale, href: directoryListHref(view.locale, view.list, view.page.page) }];
  }
  const filter = listFilter(view.list);
  return listAlternates(
    async (other) =>
      !filter ||
      (await directoryListsOf(other)).some(({ list }) => {
        const otherFilter = listFilter(list);
        return otherFilter?.facet === filter.facet && otherFilter.value === filter.value;
      }),
    (other) => directoryListHref(other, view.list),
  );
};
