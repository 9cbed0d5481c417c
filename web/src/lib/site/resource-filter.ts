/**
 * The resources library's filters as data: which facets exist, how a choice is written in the URL
 * (`?audience=lawyers&language=ar`). Pure, so the build, the filter script and the tests share it.
 */
export const FILTER_FACETS = ['audience', 'topic', 'language', 'type'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** One chosen value per facet; a missing facet means "all". */
export type FilterState = Partial<Record<FilterFacet, string>>;
/** A resource's values for each facet (a resource can have several audiences, topics and languages). */
export type ResourceFacets = Record<FilterFacet, readonly string[]>;

/**
 * Reads the filters from a query string, keeping only facets and values the page offers, so a
 * stale or hand-typed link cannot hide every resource.
 */
export const parseFilterQuery = (
  search: string,
  allowed: Partial<Record<FilterFacet, readonly string[]>>,
): FilterState => {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const facet of FILTER_FACETS) {
    const value = params.get(facet);
    if (value && allowed[facet]?.includes(value)) state[facet] = value;
  }
  return state;
};

/** Writes the filters into a query string (facets in a fixed order), keeping unrelated parameters. */
export const toFilterQuery = (state: FilterState, existing = ''): string => {
  const params = new URLSearchParams(existing);
  for (const facet of FILTER_FACETS) {
    const value = state[facet];
    if (value) params.set(facet, value);
    else params.delete(facet);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
};
