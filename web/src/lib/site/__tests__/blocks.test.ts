import {
  breakableRuns,
  headingLevel,
  isBlankBlock,
  isExternalUrl,
  MAX_UNBROKEN_RUN,
  plainText,
} from '../blocks';

describe('rich text rules', () => {
  it('keeps body headings between h2 and h6 (the page title is the only h1)', () => {
    expect([1, 2, 3, 6].map(headingLevel)).toEqual([2, 2, 3, 6]);
  });

  it('reads the words of inline nodes, links included', () => {
    expect(
      plainText([
        { type: 'text', text: 'Call ' },
        { type: 'link', url: 'tel:999', children: [{ type: 'text', text: '999', bold: true }] },
      ]),
    ).toBe('Call 999');
  });

  it('treats a paragraph of spaces as a blank line, but never a list or image', () => {
    expect(isBlankBlock({ type: 'paragraph', children: [{ type: 'text', text: '  ' }] })).toBe(true);
    expect(isBlankBlock({ type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] })).toBe(false);
    expect(isBlankBlock({ type: 'list', format: 'unordered', children: [] })).toBe(false);
  });

  it('knows links that leave the site', () => {
    expect(isExternalUrl('https://www.gov.uk/')).toBe(true);
    expect(isExternalUrl('//cdn.example.org/x')).toBe(true);
    expect(isExternalUrl('/resources/')).toBe(false);
    expect(isExternalUrl('#top')).toBe(false);
    expect(isExternalUrl('mailto:advice@example.org')).toBe(false);
  });

  describe('break opportunities in long words', () => {
    const longestRun = (piece: string) => Math.max(0, ...piece.split(/\s+/).map((word) => word.length));

    it('leaves ordinary text, long URLs up to the limit included, as one piece', () => {
      expect(breakableRuns('Deadline \u202e2026-12-01\u202c for appeals')).toEqual([
        'Deadline \u202e2026-12-01\u202c for appeals',
      ]);
      const url = `https://example.org/${'a'.repeat(MAX_UNBROKEN_RUN - 20)}`;
      expect(breakableRuns(`see ${url} now`)).toEqual([`see ${url} now`]);
    });

    it('cuts a 100 KB word into pieces of at most the limit, losing nothing', () => {
      const text = `before ${'A'.repeat(100_000)} after`;
      const pieces = breakableRuns(text);
      expect(pieces.join('')).toBe(text);
      expect(pieces.length).toBeGreaterThan(100_000 / MAX_UNBROKEN_RUN - 1);
      for (const piece of pieces) expect(longestRun(piece)).toBeLessThanOrEqual(MAX_UNBROKEN_RUN);
    });

    it('counts a run across pieces: a cut comes at least every limit characters', () => {
      const pieces = breakableRuns(`${'x'.repeat(150)} ${'y'.repeat(250)}`, 100);
      expect(pieces.join('')).toBe(`${'x'.repeat(150)} ${'y'.repeat(250)}`);
      // Each piece starts where the previous one was cut, so no run spans a join unbroken.
      expect(pieces.map((piece) => piece.length)).toEqual([100, 151, 100, 50]);
    });

    it('never cuts inside an emoji, a flag or an accented letter', () => {
      const family = '👩🏽‍⚖️';
      const accented = 'e\u0301';
      for (const grapheme of [family, '🇬🇧', accented]) {
        const pieces = breakableRuns(grapheme.repeat(200), 100);
        expect(pieces.join('')).toBe(grapheme.repeat(200));
        for (const piece of pieces) {
          expect(piece.length % grapheme.length).toBe(0);
          expect(piece.startsWith(grapheme)).toBe(true);
        }
      }
    });
  });
});
