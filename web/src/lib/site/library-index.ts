/**
 * The resources library's filter index (`/resources/filter-index.json`): each guide's filter
 * values, in the library's order, as numbers, so the filter script can combine filters over
 * thousands of guides from a few kilobytes. The guides' cards are not in it: the script takes them
 * from the library's own pages (`pages`, LIBRARY_PAGE_SIZE guides each, in the same order).
 */
import { FILTER_FACETS, type FilterFacet, type FilterState } from './resource-filter';

export type LibraryIndex = {
  pageSize: number;
  /** The URLs of the whole library's pages, page 1 first. */
  pages: string[];
  /** Each facet's values; a row refers to a value by its place here. */
  values: Record<FilterFacet, string[]>;
  /** One row per guide, in the library's order: for each facet (FILTER_FACETS order), its values' places. */
  rows: number[][][];
};

/** Builds the index from the guides' facet values (in the library's order). */
export const buildLibraryIndex = (
  facetsOfGuides: ReadonlyArray<Record<FilterFacet, readonly string[]>>,
  values: Record<FilterFacet, readonly string[]>,
  pageSize: number,
  pages: string[],
): LibraryIndex => {
  const places = Object.fromEntries(
    FILTER_FACETS.map((facet) => [facet, new Map(values[facet].map((value, place) => [value, place]))]),
  ) as Record<FilterFacet, Map<string, number>>;
  return {
    pageSize,
    pages,
    values: Object.fromEntries(FILTER_FACETS.map((facet) => [facet, [...values[facet]]])) as Record<
      FilterFacet,
      string[]
    >,
    rows: facetsOfGuides.map((facets) =>
      FILTER_FACETS.map((facet) =>
        facets[facet].flatMap((value) => {
          const place = places[facet].get(value);
          return place === undefined ? [] : [place];
        }),
      ),
    ),
  };
};

/** The places (in the library's order) of the guides that match every chosen filter. */
export const matchingPositions = (index: LibraryIndex, state: FilterState): number[] => {
  const wanted = FILTER_FACETS.map((facet) => {
    const value = state[facet];
    return value === undefined ? undefined : index.values[facet].indexOf(value);
  });
  const positions: number[] = [];
  index.rows.forEach((row, position) => {
    if (wanted.every((place, f) => place === undefined || (row[f] ?? []).includes(place))) {
      positions.push(position);
    }
  });
  return positions;
};

/** Which of the library's pages holds the guide at `position`. */
export const pageOfPosition = (index: LibraryIndex, position: number): string | undefined =>
  index.pages[Math.floor(position / index.pageSize)];

/**
 * A filter value that can be a path segment of its own pages (`/resources/topic/<value>/`).
 * Topic and audience slugs reach a guide as plain strings (only an entry's own slug is checked
 * by the loader), so a value put in the database past the CMS's checks (`..`, `a/b`) must not
 * become a folder of the build: such a value gets no filter, the guide still lists it as text.
 */
export const isFilterableValue = (value: string): boolean =>
  value.length <= 100 && /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/.test(value);
