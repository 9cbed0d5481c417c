import { responsiveWidths } from '../images';
import { archivePages, pageWindow, paginateList, type ArchivePage } from '../paginate';
import { joinList, readerFirst } from '../text';

describe('paginateList', () => {
  it('splits a list into full pages and a last partial one', () => {
    const pages = paginateList([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.page, page.totalPages])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('always has a first page, even for an empty list', () => {
    expect(paginateList([], 20)).toEqual([{ items: [], page: 1, totalPages: 1 }]);
  });
});

describe('archivePages', () => {
  /** Items 1..n, newest first (n is the newest). */
  const newest = (n: number): number[] => Array.from({ length: n }, (_, i) => n - i);
  const byNumber = (pages: ArchivePage<number>[]) => new Map(pages.map((page) => [page.page, page]));

  it('cuts archive pages from the oldest and shows the rest on the first page', () => {
    expect(
      archivePages(newest(45), 20).map(({ page, items, newer, older }) => [page, items.length, newer, older]),
    ).toEqual([
      [0, 25, null, 1],
      [1, 20, 0, null],
    ]);
    expect(archivePages(newest(45), 20)[1]?.items).toEqual(newest(20));
    expect(
      archivePages(newest(60), 20).map(({ page, items, newer, older }) => [page, items.length, newer, older]),
    ).toEqual([
      [0, 20, null, 2],
      [2, 20, 0, 1],
      [1, 20, 2, null],
    ]);
  });

  it('shows every item once, newest first, with at most 2 × pageSize − 1 on the first page', () => {
    for (let n = 0; n <= 130; n++) {
      const pages = archivePages(newest(n), 20);
      expect(pages.flatMap((page) => page.items)).toEqual(newest(n));
      expect(pages[0]?.items.length).toBeLessThanOrEqual(39);
      expect(pages.slice(1).every((page) => page.items.length === 20)).toBe(true);
    }
  });

  it('has a first page for an empty list', () => {
    expect(archivePages([], 20)).toEqual([{ items: [], page: 0, newer: null, older: null }]);
  });

  it('changes no archive page when a newer item arrives, but for one new page every pageSize items', () => {
    let changes = 0;
    for (let n = 1; n <= 200; n++) {
      const before = byNumber(archivePages(newest(n), 20));
      const after = byNumber(archivePages(newest(n + 1), 20));
      const changed = [...before.keys()].filter(
        (page) => page > 0 && JSON.stringify(before.get(page)) !== JSON.stringify(after.get(page)),
      );
      const added = [...after.keys()].filter((page) => !before.has(page));
      // Either nothing moved, or one page was added and the one page below it now links to it.
      const expected = added.length === 0 ? [] : [(added[0] ?? 0) - 1].filter((page) => page > 0);
      expect([n, added.length <= 1, changed]).toEqual([n, true, expected]);
      if (added.length > 0) changes += 1;
    }
    // When the list reaches 40, 60, … 200 items.
    expect(changes).toBe(9);
  });
});

describe('pageWindow', () => {
  it('shows the first and last page and two either side of the current one, at most seven numbers', () => {
    expect(pageWindow(1, 84)).toEqual([1, 2, 3, 84]);
    expect(pageWindow(40, 84)).toEqual([1, 38, 39, 40, 41, 42, 84]);
    expect(pageWindow(84, 84)).toEqual([1, 82, 83, 84]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});

describe('responsiveWidths', () => {
  it('never upscales and always offers the largest useful width', () => {
    expect(responsiveWidths(2000, [400, 800, 1200])).toEqual([400, 800, 1200]);
    expect(responsiveWidths(700, [400, 800, 1200])).toEqual([400, 700]);
    expect(responsiveWidths(300, [400, 800])).toEqual([300]);
  });
});

describe('reader-first language lists', () => {
  it('puts the reader’s language first, then English, then the rest in the editor’s order', () => {
    expect(readerFirst(['en', 'sq', 'ar', 'fa', 'ar'], 'ar')).toEqual(['ar', 'en', 'sq', 'fa']);
    expect(readerFirst(['fa', 'ro'], 'en')).toEqual(['fa', 'ro']);
  });

  it('joins names the way the reader’s language does', () => {
    expect(joinList(['Young people', 'Lawyers'], 'en')).toBe('Young people and Lawyers');
    expect(joinList(['A', 'B', 'C'], 'ro')).toBe('A, B și C');
  });
});
