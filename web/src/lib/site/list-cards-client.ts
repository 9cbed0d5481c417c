/**
 * In the browser: the markup of a filtered list's items, taken from the list's own static pages
 * (each item is an `<li data-position>` of `#<listId>`), so a filter index (filter-index.ts) needs
 * no text of its own. Each page is fetched once, and only the pages that hold wanted items.
 */
import { pageOfPosition, type FilterIndex } from './filter-index';

/** A fetcher of a list's static pages: each page fetched and parsed once, however often asked for. */
export const listPageSource = () => {
  const pages = new Map<string, Promise<Document>>();
  const parser = new DOMParser();
  return (href: string): Promise<Document> => {
    let page = pages.get(href);
    if (!page) {
      page = fetch(href).then(async (response) => {
        if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
        return parser.parseFromString(await response.text(), 'text/html');
      });
      pages.set(href, page);
    }
    return page;
  };
};

/** Every item of the list `#<listId>` on a fetched page, ready to put on this page. */
export const listItemsOn = (page: Document, listId: string): Element[] =>
  Array.from(page.querySelectorAll(`#${listId} > li`), (item) => document.importNode(item, true));

export const listCardSource = (pageAt = listPageSource()) => {
  return async <F extends string>(
    index: FilterIndex<F>,
    listId: string,
    positions: readonly number[],
  ): Promise<Element[]> =>
    Promise.all(
      positions.map(async (position) => {
        const href = pageOfPosition(index, position);
        if (!href) throw new Error(`no list page holds item ${position}`);
        const card = (await pageAt(href)).querySelector(`#${listId} > li[data-position="${position}"]`);
        if (!card) throw new Error(`item ${position} is not on ${href}`);
        return document.importNode(card, true);
      }),
    );
};
