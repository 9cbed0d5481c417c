import { displayDateOf, formatDate, isoDate, newestFirst } from '../dates';

describe('dates', () => {
  it('writes a calendar date in the reader’s language without shifting the day', () => {
    expect(formatDate('2026-03-03', 'en')).toBe('3 March 2026');
    expect(formatDate('2026-01-01', 'ro')).toBe('1 ianuarie 2026');
    expect(isoDate('2026-12-31')).toBe('2026-12-31');
  });

  it('uses the editor’s display date, else the publication time', () => {
    const publishedAt = new Date('2026-05-01T10:00:00Z');
    expect(displayDateOf({ displayDate: '2026-04-20', publishedAt }).toISOString()).toBe(
      '2026-04-20T00:00:00.000Z',
    );
    expect(displayDateOf({ displayDate: null, publishedAt })).toBe(publishedAt);
  });

  it('lists newest first by that date, ties by title', () => {
    const items = [
      { title: 'old', displayDate: '2025-01-01', publishedAt: new Date('2026-06-01T00:00:00Z') },
      { title: 'b', displayDate: null, publishedAt: new Date('2026-05-01T00:00:00Z') },
      { title: 'a', displayDate: '2026-05-01', publishedAt: new Date('2026-01-01T00:00:00Z') },
      { title: 'new', displayDate: null, publishedAt: new Date('2026-07-01T00:00:00Z') },
    ];
    expect(newestFirst(items, (item) => item.title).map((item) => item.title)).toEqual([
      'new',
      'a',
      'b',
      'old',
    ]);
  });
});
