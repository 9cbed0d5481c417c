import {
  joinFacetValues,
  matchesFilters,
  parseFilterQuery,
  readFacets,
  toFilterQuery,
  type ResourceFacets,
} from '../resource-filter';

const allowed = {
  audience: ['lawyers', 'young-people'],
  topic: ['asylum'],
  language: ['en', 'ar'],
  type: ['guide', 'fact_sheet'],
};

const guideForYoungPeople: ResourceFacets = {
  audience: ['young-people'],
  topic: ['asylum'],
  language: ['en', 'ar'],
  type: ['guide'],
};

describe('resource filter state', () => {
  it('reads the filters the page offers from the query string', () => {
    expect(parseFilterQuery('?audience=lawyers&language=ar', allowed)).toEqual({
      audience: 'lawyers',
      language: 'ar',
    });
  });

  it('ignores unknown facets and values a stale link might carry', () => {
    expect(parseFilterQuery('?audience=judges&colour=red&type=guide', allowed)).toEqual({ type: 'guide' });
  });

  it('writes filters in a fixed order, dropping cleared ones and keeping other parameters', () => {
    expect(toFilterQuery({ language: 'ar', audience: 'lawyers' })).toBe('?audience=lawyers&language=ar');
    expect(toFilterQuery({ audience: undefined }, '?audience=lawyers&utm=x')).toBe('?utm=x');
    expect(toFilterQuery({})).toBe('');
  });

  it('matches a resource only when it has every chosen value', () => {
    expect(matchesFilters(guideForYoungPeople, {})).toBe(true);
    expect(matchesFilters(guideForYoungPeople, { language: 'ar', type: 'guide' })).toBe(true);
    expect(matchesFilters(guideForYoungPeople, { language: 'ar', audience: 'lawyers' })).toBe(false);
  });

  it('round-trips facet values through data attributes', () => {
    const attributes: Record<string, string> = {
      'data-audience': joinFacetValues(['young-people', 'young-people']),
      'data-topic': joinFacetValues(['asylum']),
      'data-language': joinFacetValues(['en', 'ar']),
      'data-type': joinFacetValues(['guide']),
    };
    expect(attributes['data-audience']).toBe('young-people');
    expect(readFacets((name) => attributes[name] ?? null)).toEqual(guideForYoungPeople);
    expect(readFacets(() => null)).toEqual({ audience: [], topic: [], language: [], type: [] });
  });
});
