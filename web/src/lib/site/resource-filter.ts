/**
 * The resources library's filters as data: which facets exist, how a choice is written in the URL
 * (`?audience=lawyers&language=ar`) and whether a resource matches. Pure, so the island and the
 * tests share it; the HTML list carries each resource's values in data attributes.
 */
export const FILTER_FACETS = ['audience', 'topic', 'language', 'type'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** One chosen value per facet; a missing facet means "all". */
export type FilterState = Partial<Record<FilterFacet, string>>;
/** A resource's values for each facet (a resource can have several audiences, topics and languages). */
export type ResourceFacets = Record<FilterFacet, readonly string[]>;

/** The data attribute that carries a facet's values on a list item: `data-audience="lawyers young-people"`. */
export const facetAttribute = (facet: FilterFacet): `data-${FilterFacet}` => `data-${facet}`;

/** Space-separated values for a data attribute (slugs and codes never contain spaces). */
export const joinFacetValues = (values: readonly string[]): string => [...new Set(values)].join(' ');
export const splitFacetValues = (attribute: string | null | undefined): string[] =>
  (attribute ?? '').split(/\s+/).filter(Boolean);

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

/** A resource matches when, for every chosen facet, it has the chosen value. */
export const matchesFilters = (facets: ResourceFacets, state: FilterState): boolean =>
  FILTER_FACETS.every((facet) => {
    const chosen = state[facet];
    return !chosen || facets[facet].includes(chosen);
  });

/** A list item's facet values, read back from its data attributes. */
export const readFacets = (getAttribute: (name: string) => string | null): ResourceFacets => ({
  audience: splitFacetValues(getAttribute(facetAttribute('audience'))),
  topic: splitFacetValues(getAttribute(facetAttribute('topic'))),
  language: splitFacetValues(getAttribute(facetAttribute('language'))),
  type: splitFacetValues(getAttribute(facetAttribute('type'))),
});
