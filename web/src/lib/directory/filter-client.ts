/**
 * The directory's filter form in the browser (DirectoryFilter.astro): plain DOM code, nothing
 * hydrated. Without it every list is a static page and the browse links do the filtering.
 * - On the whole directory's first page the form filters in place, on every change: it fetches the
 *   filter index once (a few numbers per service), finds the services that match every choice,
 *   and takes their cards from the directory's own static pages, a page of services at a time
 *   ("Show more services"). The count is announced in a polite live region and the choices stay in
 *   the address (`?area=&who=&language=`), so a filtered list can be shared or reloaded.
 * - On any other list page (an area, a group, a language, a later page) the form is an ordinary
 *   GET form to the whole directory, which then shows the choices.
 * "Print this list" prints the whole list, not only the page on screen: it first puts every
 * service of the list (or every match of the choices) on the page, and the page back afterwards.
 */
import {
  formFacetState,
  formFacetValues,
  parseFacetQuery,
  setFormFacets,
  toFacetQuery,
} from '../site/facet-query';
import { matchingPositionsIn } from '../site/filter-index';
import { listCardSource, listItemsOn, listPageSource } from '../site/list-cards-client';
import { DIRECTORY_FACETS, type DirectoryFilterState, type DirectoryIndex } from './facets';

const LIST_ID = 'directory-list';

const writeAddress = (state: DirectoryFilterState): void => {
  const query = toFacetQuery(DIRECTORY_FACETS, state, window.location.search);
  history.replaceState(null, '', window.location.pathname + query + window.location.hash);
};

/** Brings the directory's filter form to life (see the file comment). */
export const startDirectoryFilter = (form: HTMLFormElement): void => {
  const root = form.dataset.root ?? '/';
  const list = document.getElementById(LIST_ID);
  const status = document.getElementById('directory-count');
  if (!list || !status) return;
  form.hidden = false;
  const print = document.getElementById('directory-print');
  const pageAt = listPageSource();
  /** Puts the whole list on the page for printing: by default every static page of this list. */
  let wholeList = async (): Promise<void> => {
    const pages = JSON.parse(print?.dataset.pages ?? '[]') as string[];
    if (pages.length <= 1) return;
    const lists = await Promise.all(
      pages.map(async (href) =>
        href === window.location.pathname
          ? Array.from(list.children)
          : listItemsOn(await pageAt(href), LIST_ID),
      ),
    );
    const onScreen = Array.from(list.children);
    list.replaceChildren(...lists.flat());
    window.addEventListener('afterprint', () => list.replaceChildren(...onScreen), { once: true });
  };
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => {
      wholeList()
        .catch(() => undefined) // the page on screen still prints
        .finally(() => window.print());
    });
  }
  if (window.location.pathname !== root) return;

  const empty = document.getElementById('directory-no-match');
  const range = document.getElementById(`${LIST_ID}-range`);
  const pager = list.parentElement?.querySelector<HTMLElement>('nav.library-pages');
  const numbers = new Intl.NumberFormat(form.dataset.numberLocale);
  const countText = (count: number) =>
    count === 1
      ? (status.dataset.one ?? '')
      : (status.dataset.many ?? '').replace('{count}', numbers.format(count));
  const loadError = form.dataset.loadError ?? '';
  const staticItems = Array.from(list.children);
  const staticStatus = status.textContent ?? '';
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button button--secondary library__more';
  more.textContent = form.dataset.more ?? '';
  more.hidden = true;
  list.after(more);

  let index: Promise<DirectoryIndex> | undefined;
  const loadIndex = (): Promise<DirectoryIndex> => {
    index ??= fetch(form.dataset.index ?? '').then(async (response) => {
      if (!response.ok) throw new Error(`filter index: HTTP ${response.status}`);
      return (await response.json()) as DirectoryIndex;
    });
    index.catch(() => {
      index = undefined; // the next change tries again
    });
    return index;
  };
  const cards = listCardSource(pageAt);
  /** Each change starts a new round; a slower earlier round never overwrites a later one. */
  let round = 0;
  let positions: number[] = [];
  let shown = 0;

  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const showNext = async (current: number, moveFocus: boolean) => {
    const library = await loadIndex();
    const next = positions.slice(shown, shown + library.pageSize);
    const added = await cards(library, LIST_ID, next);
    if (current !== round) return;
    list.append(...added);
    shown += next.length;
    more.hidden = shown >= positions.length;
    if (moveFocus) added[0]?.querySelector<HTMLElement>('a')?.focus();
  };
  const staticWholeList = wholeList;
  let filtered = false;
  wholeList = async () => {
    if (!filtered) return staticWholeList();
    while (shown < positions.length) await showNext(round, false);
  };
  const apply = async () => {
    const current = ++round;
    const state = formFacetState(form, DIRECTORY_FACETS);
    writeAddress(state);
    filtered = DIRECTORY_FACETS.some((facet) => state[facet]);
    if (!filtered) {
      list.replaceChildren(...staticItems);
      range?.removeAttribute('hidden');
      pager?.removeAttribute('hidden');
      more.hidden = true;
      if (empty) empty.hidden = true;
      setStatus(staticStatus);
      return;
    }
    const library = await loadIndex();
    if (current !== round) return;
    positions = matchingPositionsIn(library, DIRECTORY_FACETS, state);
    shown = 0;
    // The static page's range line and page links describe the unfiltered list.
    range?.setAttribute('hidden', '');
    pager?.setAttribute('hidden', '');
    list.replaceChildren();
    more.hidden = true;
    if (empty) empty.hidden = positions.length !== 0;
    setStatus(countText(positions.length));
    await showNext(current, false);
  };
  const run = () => {
    apply().catch(() => setStatus(loadError));
  };

  form.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  form.querySelector('[data-directory-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    run();
  });
  more.addEventListener('click', () => {
    showNext(round, true).catch(() => setStatus(loadError));
  });
  // Only values the form offers: a stale or hand-typed link cannot hide every service.
  const initial = parseFacetQuery(
    DIRECTORY_FACETS,
    window.location.search,
    formFacetValues(form, DIRECTORY_FACETS),
  );
  setFormFacets(form, DIRECTORY_FACETS, initial);
  if (DIRECTORY_FACETS.some((facet) => initial[facet])) run();
};
