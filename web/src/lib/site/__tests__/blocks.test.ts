import { headingLevel, isBlankBlock, isExternalUrl, plainText } from '../blocks';

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
});
