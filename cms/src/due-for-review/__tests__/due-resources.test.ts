import { dueResources, londonToday, type ResourceRow } from '../due-resources';

const row = (
  documentId: string,
  nextReview: string | null,
  locale = 'en',
  title = documentId,
): ResourceRow => ({
  documentId,
  locale,
  title,
  nextReview,
  lastReviewed: null,
});
const edit = (documentId: string, locale: string) => `/edit/${documentId}/${locale}`;

describe('due for review', () => {
  it("uses London's calendar day", () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // BST
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });

  it('lists overdue and within 30 days (inclusive), overdue first, one entry per guide in English', () => {
    const items = dueResources(
      [
        row('later', '2026-07-02'),
        row('edge', '2026-07-01'),
        row('soon', '2026-06-10', 'ar', 'بعد قليل'),
        row('soon', '2026-06-10', 'en', 'Soon'),
        row('overdue', '2026-05-30'),
        row('none', null),
      ],
      new Set(['overdue']),
      '2026-06-01',
      edit,
    );
    expect(items.map((item) => [item.documentId, item.daysLeft, item.overdue, item.published])).toEqual([
      ['overdue', -2, true, true],
      ['soon', 9, false, false],
      ['edge', 30, false, false],
    ]);
    expect(items[1]).toMatchObject({ title: 'Soon', locale: 'en', editPath: '/edit/soon/en' });
  });
});
