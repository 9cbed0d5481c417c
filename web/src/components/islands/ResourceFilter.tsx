/**
 * Filters for the resources library (audience, topic, language, type). The full list is already in
 * the page's HTML; this island only hides the items that do not match, keeps the choice in the URL
 * (`?audience=lawyers&language=ar`) so it can be shared and survives a reload, and says politely
 * how many resources are shown. Without JavaScript it stays hidden and the whole list shows.
 */
import { useEffect, useId, useMemo, useState, type ChangeEvent } from 'react';
import {
  FILTER_FACETS,
  matchesFilters,
  parseFilterQuery,
  readFacets,
  toFilterQuery,
  type FilterFacet,
  type FilterState,
  type ResourceFacets,
} from '../../lib/site/resource-filter';

type Option = { value: string; label: string };

export type ResourceFilterProps = {
  /** id of the server-rendered <ul> of resources. */
  listId: string;
  /** BCP 47 tag whose digits the counts are written in. */
  numberLocale: string;
  options: Record<FilterFacet, Option[]>;
  labels: {
    heading: string;
    facets: Record<FilterFacet, string>;
    any: string;
    clear: string;
    /** "Showing {shown} of {total} resources" */
    count: string;
    noMatches: string;
  };
};

type Item = { element: HTMLElement; facets: ResourceFacets };

const readItems = (listId: string): Item[] =>
  Array.from(document.getElementById(listId)?.children ?? [])
    .filter((element): element is HTMLElement => element instanceof HTMLElement)
    .map((element) => ({ element, facets: readFacets((name) => element.getAttribute(name)) }));

const allowedValues = (options: ResourceFilterProps['options']) =>
  Object.fromEntries(FILTER_FACETS.map((facet) => [facet, options[facet].map((option) => option.value)]));

export default function ResourceFilter({ listId, numberLocale, options, labels }: ResourceFilterProps) {
  const baseId = useId();
  const [items, setItems] = useState<Item[] | null>(null);
  const [state, setState] = useState<FilterState>({});

  // After hydration: read the list the server rendered, and the filters from the URL.
  useEffect(() => {
    setItems(readItems(listId));
    setState(parseFilterQuery(window.location.search, allowedValues(options)));
  }, [listId, options]);

  const shown = useMemo(
    () => (items ?? []).filter((item) => matchesFilters(item.facets, state)),
    [items, state],
  );

  // Show and hide the server-rendered items.
  useEffect(() => {
    if (!items) return;
    const visible = new Set(shown);
    for (const item of items) item.element.hidden = !visible.has(item);
  }, [items, shown]);

  const update = (next: FilterState) => {
    setState(next);
    const query = toFilterQuery(next, window.location.search);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${query}${window.location.hash}`,
    );
  };

  const onChange = (facet: FilterFacet) => (event: ChangeEvent<HTMLSelectElement>) =>
    update({ ...state, [facet]: event.target.value || undefined });

  /** How many resources a choice would show, given the other filters. */
  const countFor = (facet: FilterFacet, value: string) =>
    (items ?? []).filter((item) => matchesFilters(item.facets, { ...state, [facet]: value })).length;

  // Numbers in the page's own digits (Persian and Arabic pages); the same on the server and in the browser.
  const numbers = useMemo(() => new Intl.NumberFormat(numberLocale), [numberLocale]);
  const active = FILTER_FACETS.some((facet) => state[facet]);
  const total = items?.length ?? 0;
  const facetsWithChoices = FILTER_FACETS.filter((facet) => options[facet].length > 1 || state[facet]);

  return (
    <section className="resource-filter" aria-labelledby={`${baseId}-heading`} hidden={items === null}>
      <h2 id={`${baseId}-heading`} className="resource-filter__heading">
        {labels.heading}
      </h2>
      <div className="resource-filter__controls">
        {facetsWithChoices.map((facet) => (
          <div className="resource-filter__field" key={facet}>
            <label htmlFor={`${baseId}-${facet}`}>{labels.facets[facet]}</label>
            <select id={`${baseId}-${facet}`} value={state[facet] ?? ''} onChange={onChange(facet)}>
              <option value="">{labels.any}</option>
              {options[facet].map((option) => (
                <option key={option.value} value={option.value}>
                  {`${option.label} (${numbers.format(countFor(facet, option.value))})`}
                </option>
              ))}
            </select>
          </div>
        ))}
        {active && (
          <button
            type="button"
            className="button button--secondary resource-filter__clear"
            onClick={() => update({})}
          >
            {labels.clear}
          </button>
        )}
      </div>
      <p className="resource-filter__count" role="status">
        {labels.count
          .replace('{shown}', numbers.format(shown.length))
          .replace('{total}', numbers.format(total))}
        {shown.length === 0 && total > 0 ? ` ${labels.noMatches}` : ''}
      </p>
    </section>
  );
}
