/** Splits a list into numbered pages (page 1 first) for the news index. */
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
 * The page numbers a numbered pagination shows: the first and last page and `around` pages either
 * side of the current one, in order (the gaps between them are for the caller to mark).
 */
export const pageWindow = (page: number, totalPages: number, around = 2): number[] => {
  const shown = new Set([1, totalPages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= totalPages) shown.add(n);
  return [...shown].filter((n) => n >= 1).sort((a, b) => a - b);
};
