import { buildLibraryIndex, isFilterableValue, matchingPositions, pageOfPosition } from '../library-index';
import { filterTarget } from '../library-filter-client';
import { parseFilterQuery, toFilterQuery, type ResourceFacets } from '../resource-filter';

const allowed = {
  audience: ['lawyers', 'young-people'],
  topic: ['asylum'],
  language: ['en', 'ar'],
  type: ['guide', 'fact_sheet'],
};

const guide = (audience: string[], language: string[], type = 'guide'): ResourceFacets => ({
  audience,
  topic: ['asylum'],
  language,
  type: [type],
});

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

  it('sends no filter to the library, one filter to its static pages, more to the library with a query', () => {
    expect(filterTarget('/ar/resources/', {})).toBe('/ar/resources/');
    expect(filterTarget('/ar/resources/', { language: 'ar' })).toBe('/ar/resources/language/ar/');
    expect(filterTarget('/resources/', { language: 'ar', audience: 'young-people' })).toBe(
      '/resources/?audience=young-people&language=ar',
    );
  });
});

describe('the library filter index', () => {
  const guides = [
    guide(['young-people'], ['en', 'ar']),
    guide(['lawyers'], ['ar'], 'fact_sheet'),
    guide(['lawyers', 'young-people'], ['en']),
    guide([], ['ar']),
    guide(['young-people'], ['ar']),
  ];
  const pages = ['/resources/', '/resources/page/2/', '/resources/page/3/'];
  const index = buildLibraryIndex(guides, allowed, 2, pages);

  it('finds the guides that have every chosen value, in the library order', () => {
    expect(matchingPositions(index, {})).toEqual([0, 1, 2, 3, 4]);
    expect(matchingPositions(index, { language: 'ar' })).toEqual([0, 1, 3, 4]);
    expect(matchingPositions(index, { language: 'ar', audience: 'young-people' })).toEqual([0, 4]);
    expect(matchingPositions(index, { language: 'ar', audience: 'lawyers', type: 'guide' })).toEqual([]);
  });

  it('matches nothing for a value no guide has, rather than everything', () => {
    expect(matchingPositions(index, { audience: 'judges' })).toEqual([]);
  });

  it('knows which static page holds each guide', () => {
    expect([0, 1, 2, 3, 4].map((p) => pageOfPosition(index, p))).toEqual([
      pages[0],
      pages[0],
      pages[1],
      pages[1],
      pages[2],
    ]);
  });

  it('stays small at 2,000 guides: a few numbers per guide, no text', () => {
    const many = Array.from({ length: 2000 }, (_, n) =>
      guide([allowed.audience[n % 2] ?? ''], n % 3 ? ['en'] : ['en', 'ar'], allowed.type[n % 2]),
    );
    const big = buildLibraryIndex(
      many,
      allowed,
      24,
      Array.from({ length: 84 }, (_, n) => `/resources/page/${n + 1}/`),
    );
    const bytes = JSON.stringify(big).length;
    expect(bytes / 2000).toBeLessThan(25);
    expect(matchingPositions(big, { language: 'ar', audience: 'lawyers' })).toHaveLength(
      many.filter((g, n) => g.language.includes('ar') && n % 2 === 0).length,
    );
  });
});

describe('filter values as path segments', () => {
  it('gives its own pages only to a value that is one plain path segment', () => {
    for (const value of ['young-people', 'fact_sheet', 'ar', 'zh-Hant', 'asylum2']) {
      expect(isFilterableValue(value)).toBe(true);
    }
    // What a database changed past the CMS's checks could hold: none may become a folder.
    for (const value of ['..', '.', '', 'a/b', '../x', '%2e%2e', 'a b', 'a--b', '-a', 'é', 'x'.repeat(101)]) {
      expect(isFilterableValue(value)).toBe(false);
    }
  });
});
