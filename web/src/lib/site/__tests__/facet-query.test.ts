import { describe, expect, it } from '@jest/globals';
import { DIRECTORY_FACETS } from '../../directory/facets';
import { parseFacetQuery, toFacetQuery } from '../facet-query';

const offered = {
  area: ['england', 'england/london', 'scotland'],
  who: ['refugee'],
  language: ['en', 'ti'],
};

describe('a list filter in the address', () => {
  it('keeps only the facets and values the form offers', () => {
    expect(parseFacetQuery(DIRECTORY_FACETS, '?area=england/london&language=ti', offered)).toEqual({
      area: 'england/london',
      language: 'ti',
    });
    // Stale, hand-typed or differently spelt values are dropped, not matched loosely.
    expect(
      parseFacetQuery(
        DIRECTORY_FACETS,
        '?area=atlantis&who=REFUGEE&language=ti%00&colour=red&area=scotland',
        offered,
      ),
    ).toEqual({});
    expect(parseFacetQuery(DIRECTORY_FACETS, '?area=scotland', { language: ['en'] })).toEqual({});
  });

  it("writes the chosen values in the facets' order and keeps unrelated parameters", () => {
    expect(toFacetQuery(DIRECTORY_FACETS, { language: 'ti', area: 'england/london' })).toBe(
      '?area=england%2Flondon&language=ti',
    );
    expect(toFacetQuery(DIRECTORY_FACETS, { area: undefined }, '?area=scotland&lang=x')).toBe('?lang=x');
    expect(toFacetQuery(DIRECTORY_FACETS, {})).toBe('');
  });
});
