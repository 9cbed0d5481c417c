/**
 * A list's filter index: each item's filter values, in the list's order, as numbers, so a filter
 * script can combine filters over thousands of items from a few kilobytes. The items' markup is
 * not in it: the script takes it from the list's own static pages (`pages`, `pageSize` items each,
 * in the same order, each item marked with its `data-position`). Used by the resources library
 * (`library-index.ts`) and the directory of services (`directory/directory-pages.ts`).
 */
export type FilterIndex<F extends string> = {
  pageSize: number;
  /** The URLs of the whole list's pages, page 1 first. */
  pages: string[];
  /** Each facet's values; a row refers to a value by its place here. */
  values: Record<F, string[]>;
  /** One row per item, in the list's order: for each facet (in the caller's facet order), its values' places. */
  rows: number[][][];
};

/** Builds the index from the items' values (in the list's order) for `facets`, in that order. */
export const buildFilterIndex = <F extends string>(
  facets: readonly F[],
  facetsOfItems: ReadonlyArray<Record<F, readonly string[]>>,
  values: Record<F, readonly string[]>,
  pageSize: number,
  pages: string[],
): FilterIndex<F> => {
  const places = Object.fromEntries(
    facets.map((facet) => [facet, new Map(values[facet].map((value, place) => [value, place]))]),
  ) as Record<F, Map<string, number>>;
  return {
    pageSize,
    pages,
    values: Object.fromEntries(facets.map((facet) => [facet, [...values[facet]]])) as Record<F, string[]>,
    rows: facetsOfItems.map((item) =>
      facets.map((facet) =>
        item[facet].flatMap((value) => {
          const place = places[facet].get(value);
          return place === undefined ? [] : [place];
        }),
      ),
    ),
  };
};

/** The places (in the list's order) of the items that have every chosen value. */
export const matchingPositionsIn = <F extends string>(
  index: FilterIndex<F>,
  facets: readonly F[],
  state: Partial<Record<F, string>>,
): number[] => {
  const wanted = facets.map((facet) => {
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

/** Which of the list's pages holds the item at `position`. */
export const pageOfPosition = <F extends string>(
  index: FilterIndex<F>,
  position: number,
): string | undefined => index.pages[Math.floor(position / index.pageSize)];
