/**
 * The resources library's filters as data: which facets exist, how a choice is written in the URL
 * (`?audience=lawyers&language=ar`). Pure, so the build, the filter script and the tests share it.
 */
import { parseFacetQuery, toFacetQuery, type FacetState } from './facet-query';

export const FILTER_FACETS = ['audience', 'topic', 'language', 'type'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** One chosen value per facet; a missing facet means "all". */
export type FilterState = FacetState<FilterFacet>;
/** A resource's values for each facet (a resource can have several audiences, topics and languages). */
export type ResourceFacets = Record<FilterFacet, readonly string[]>;

/** The library's filters from a query string, only facets and values the page offers. */
export const parseFilterQuery = (
  search: string,
  allowed: Partial<Record<FilterFacet, readonly string[]>>,
): FilterState => parseFacetQuery(FILTER_FACETS, search, allowed);

/** The library's filters as a query string, keeping unrelated parameters. */
export const toFilterQuery = (state: FilterState, existing = ''): string =>
  toFacetQuery(FILTER_FACETS, state, existing);
