import { responsiveWidths } from '../images';
import { pageWindow, paginateList } from '../paginate';
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
