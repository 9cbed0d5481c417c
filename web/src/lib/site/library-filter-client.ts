/**
 * The library's filter form in the browser (LibraryFilter.astro). It shows the form in place of
 * the filter links, and on "Show resources":
 * - no filter: opens the library's first page; one filter: opens that value's static pages;
 * - two or more: opens the library with them in the URL (`?audience=lawyers&language=ar`).
 * On a library page with filters in its URL it fetches the filter index (a few kilobytes), finds
 * the matching guides and takes their cards from the library's own static pages, a page of
 * guides at a time ("Show more resources"). Nothing else runs on the page; without this script
 * the links and the static pages do everything but combining filters.
 */
import { formFacetState, formFacetValues, setFormFacets } from './facet-query';
import { matchingPositions, type LibraryIndex } from './library-index';
import { listCardSource } from './list-cards-client';
import { FILTER_FACETS, parseFilterQuery, toFilterQuery, type FilterState } from './resource-filter';

type Strings = { count: string; noMatches: string; more: string; loadError: string };

const chosenIn = (state: FilterState) => FILTER_FACETS.filter((facet) => state[facet]);

/** Where "Show resources" leads for a choice. */
export const filterTarget = (root: string, state: FilterState): string => {
  const chosen = chosenIn(state);
  const [only] = chosen;
  if (chosen.length === 1 && only) return `${root}${only}/${encodeURIComponent(state[only] ?? '')}/`;
  return `${root}${toFilterQuery(state)}`;
};

/** Shows the guides matching two or more filters on the library page, a page of guides at a time. */
const showCombined = async (
  form: HTMLFormElement,
  state: FilterState,
  strings: Strings,
  status: HTMLElement,
): Promise<void> => {
  const listId = form.dataset.list ?? '';
  const list = document.getElementById(listId);
  const index = form.dataset.index;
  if (!list || !index) return;
  const numbers = new Intl.NumberFormat(form.dataset.numberLocale);
  const library = (await (await fetch(index)).json()) as LibraryIndex;
  const positions = matchingPositions(library, state);
  const cards = listCardSource();

  // The static page's own range line and page links describe the unfiltered list.
  document.getElementById(`${listId}-range`)?.setAttribute('hidden', '');
  list.parentElement?.querySelector('nav.library-pages')?.setAttribute('hidden', '');
  list.replaceChildren();
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button button--secondary library__more';
  more.textContent = strings.more;
  more.hidden = true;
  list.after(more);

  const counted = strings.count
    .replace('{shown}', numbers.format(positions.length))
    .replace('{total}', numbers.format(Number(form.dataset.total ?? library.rows.length)));
  status.textContent = positions.length === 0 ? `${counted} ${strings.noMatches}` : counted;

  let shown = 0;
  const showNext = async (moveFocus: boolean) => {
    const next = positions.slice(shown, shown + library.pageSize);
    const added = await cards(library, listId, next);
    list.append(...added);
    shown += next.length;
    more.hidden = shown >= positions.length;
    if (moveFocus) added[0]?.querySelector<HTMLElement>('a')?.focus();
  };
  more.addEventListener('click', () => {
    showNext(true).catch(() => {
      status.textContent = strings.loadError;
    });
  });
  await showNext(false);
};

/** Brings one filter form to life (see the file comment). */
export const startLibraryFilter = (form: HTMLFormElement): void => {
  const strings: Strings = {
    count: form.dataset.count ?? '',
    noMatches: form.dataset.noMatches ?? '',
    more: form.dataset.more ?? '',
    loadError: form.dataset.loadError ?? '',
  };
  const root = form.dataset.root ?? '/';
  const section = form.closest('section');
  const status = section?.querySelector<HTMLElement>('[data-library-status]');
  const browse = section?.querySelector<HTMLElement>('[data-library-browse]');
  if (!status) return;
  form.hidden = false;
  if (browse) browse.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(filterTarget(root, formFacetState(form, FILTER_FACETS)));
  });

  // Filters in the URL apply only on the library's first page (the static pages are the others).
  if (window.location.pathname !== root) return;
  const state = parseFilterQuery(window.location.search, formFacetValues(form, FILTER_FACETS));
  const chosen = chosenIn(state);
  if (chosen.length === 0) return;
  // A link with one filter (shared before the library had static filter pages) opens that page.
  if (chosen.length === 1) {
    window.location.replace(filterTarget(root, state));
    return;
  }
  setFormFacets(form, FILTER_FACETS, state);
  const clear = form.querySelector<HTMLElement>('[data-library-clear]');
  if (clear) clear.hidden = false;
  showCombined(form, state, strings, status).catch(() => {
    status.textContent = strings.loadError;
  });
};
