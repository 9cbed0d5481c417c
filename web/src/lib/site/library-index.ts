/**
 * The resources library's filter index (`/resources/filter-index.json`, see filter-index.ts): each
 * guide's audiences, topics, languages and type, in the library's order, as numbers.
 */
import { buildFilterIndex, matchingPositionsIn, type FilterIndex } from './filter-index';
import { FILTER_FACETS, type FilterFacet, type FilterState } from './resource-filter';

export { pageOfPosition } from './filter-index';

export type LibraryIndex = FilterIndex<FilterFacet>;

/** Builds the index from the guides' facet values (in the library's order). */
export const buildLibraryIndex = (
  facetsOfGuides: ReadonlyArray<Record<FilterFacet, readonly string[]>>,
  values: Record<FilterFacet, readonly string[]>,
  pageSize: number,
  pages: string[],
): LibraryIndex => buildFilterIndex(FILTER_FACETS, facetsOfGuides, values, pageSize, pages);

/** The places (in the library's order) of the guides that match every chosen filter. */
export const matchingPositions = (index: LibraryIndex, state: FilterState): number[] =>
  matchingPositionsIn(index, FILTER_FACETS, state);

/**
 * A filter value that can be a path segment of its own pages (`/resources/topic/<value>/`).
 * Topic and audience slugs reach a guide as plain strings (only an entry's own slug is checked
 * by the loader), so a value put in the database past the CMS's checks (`..`, `a/b`) must not
 * become a folder of the build: such a value gets no filter, the guide still lists it as text.
 */
export const isFilterableValue = (value: string): boolean =>
  value.length <= 100 && /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/.test(value);
