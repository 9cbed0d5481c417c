/** Splits a list into numbered pages (page 1 first): the resource library and the directory. */
export type PageOf<T> = { items: T[]; page: number; totalPages: number };

export const NEWS_PAGE_SIZE = 20;

/** Always at least one page, so an empty list still has a page 1 that can say "nothing yet". */
export const paginateList = <T>(items: readonly T[], pageSize: number): PageOf<T>[] => {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: totalPages }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    page: index + 1,
    totalPages,
  }));
};

/**
 * One page of a list that only grows at its newest end (the news): `page` 0 is the list's own
 * address; archive pages are numbered from the oldest, so the number of a page and the items on it
 * stay the same as newer items are added.
 */
export type ArchivePage<T> = {
  items: T[];
  page: number;
  /** The next newer page (0: the list's own address), or null on the list's own address. */
  newer: number | null;
  /** The next older page, or null on the oldest. */
  older: number | null;
};

/**
 * A newest-first list in pages that keep their items as newer ones arrive. Archive pages are cut
 * from the oldest item, `pageSize` each; the list's own page shows what is newer than the archive:
 * the newest part-filled page and the full one below it (`pageSize` to 2 × `pageSize` − 1 items).
 * So a new item changes the first page alone, and once every `pageSize` items one archive page
 * more appears, and the page before it gets its "newer" link. Numbering pages from the newest
 * would move every item on every page by one, and render every page again, on each publish.
 */
export const archivePages = <T>(newestFirst: readonly T[], pageSize: number): ArchivePage<T>[] => {
  const total = newestFirst.length;
  const chunks = Math.ceil(total / pageSize);
  const onFirst = total % pageSize > 0 && chunks > 1 ? 2 : 1;
  const archived = Math.max(0, chunks - onFirst);
  /** Page n's items: the n-th `pageSize` from the oldest, newest first. */
  const itemsOf = (n: number): T[] => newestFirst.slice(total - n * pageSize, total - (n - 1) * pageSize);
  const first: ArchivePage<T> = {
    items: newestFirst.slice(0, total - archived * pageSize),
    page: 0,
    newer: null,
    older: archived > 0 ? archived : null,
  };
  const archive = Array.from({ length: archived }, (_, index): ArchivePage<T> => {
    const n = archived - index;
    return { items: itemsOf(n), page: n, newer: n < archived ? n + 1 : 0, older: n > 1 ? n - 1 : null };
  });
  return [first, ...archive];
};

/**
 * The page numbers a numbered pagination shows: the first and last page and `around` pages either
 * side of the current one, in order (the gaps between them are for the caller to mark).
 */
export const pageWindow = (page: number, totalPages: number, around = 2): number[] => {
  const shown = new Set([1, totalPages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= totalPages) shown.add(n);
  return [...shown].filter((n) => n >= 1).sort((a, b) => a - b);
};
