/**
 * A list's filters in the address and in its form, for any list of facets (the resource library's
 * `?audience=&topic=&language=&type=`, the directory's `?area=&who=&language=`). Pure functions of
 * the query string, plus two readers of a form's `<select>`s for the browser scripts.
 */
/** One chosen value per facet; a missing facet means "all". */
export type FacetState<F extends string> = Partial<Record<F, string>>;

/**
 * Reads the filters from a query string, keeping only facets and values the page offers, so a
 * stale or hand-typed link cannot hide every entry.
 */
export const parseFacetQuery = <F extends string>(
  facets: readonly F[],
  search: string,
  allowed: Partial<Record<F, readonly string[]>>,
): FacetState<F> => {
  const params = new URLSearchParams(search);
  const state: FacetState<F> = {};
  for (const facet of facets) {
    const value = params.get(facet);
    if (value && allowed[facet]?.includes(value)) state[facet] = value;
  }
  return state;
};

/** Writes the filters into a query string (facets in a fixed order), keeping unrelated parameters. */
export const toFacetQuery = <F extends string>(
  facets: readonly F[],
  state: FacetState<F>,
  existing = '',
): string => {
  const params = new URLSearchParams(existing);
  for (const facet of facets) {
    const value = state[facet];
    if (value) params.set(facet, value);
    else params.delete(facet);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
};

const selectOf = (form: HTMLFormElement, name: string): HTMLSelectElement | undefined => {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLSelectElement ? control : undefined;
};

/** What the form's selects are set to now. */
export const formFacetState = <F extends string>(
  form: HTMLFormElement,
  facets: readonly F[],
): FacetState<F> => {
  const state: FacetState<F> = {};
  for (const facet of facets) {
    const value = selectOf(form, facet)?.value;
    if (value) state[facet] = value;
  }
  return state;
};

/** The values each facet's select offers (its "all" option left out). */
export const formFacetValues = <F extends string>(
  form: HTMLFormElement,
  facets: readonly F[],
): Partial<Record<F, string[]>> => {
  const values: Partial<Record<F, string[]>> = {};
  for (const facet of facets) {
    const select = selectOf(form, facet);
    values[facet] = select ? Array.from(select.options, (option) => option.value).filter(Boolean) : [];
  }
  return values;
};

/** Sets the form's selects to a state (facets it does not name are left as they are). */
export const setFormFacets = <F extends string>(
  form: HTMLFormElement,
  facets: readonly F[],
  state: FacetState<F>,
): void => {
  for (const facet of facets) {
    const select = selectOf(form, facet);
    const value = state[facet];
    if (select && value) select.value = value;
  }
};
