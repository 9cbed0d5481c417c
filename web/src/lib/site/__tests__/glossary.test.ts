import { groupByInitial, initialOf, letterAnchor } from '../glossary';

describe('glossary A to Z', () => {
  it('files terms under their first letter, accents removed', () => {
    expect(initialOf('état', 'en')).toBe('E');
    expect(initialOf('  asylum', 'en')).toBe('A');
    expect(initialOf('18 and over', 'en')).toBe('#');
  });

  it('sorts letters and terms alphabetically, with non-letters last', () => {
    const groups = groupByInitial(
      ['Tribunal', 'appeal', '18+', 'Asylum', 'Best interests'],
      (term) => term,
      'en',
    );
    expect(groups).toEqual([
      { letter: 'A', terms: ['appeal', 'Asylum'] },
      { letter: 'B', terms: ['Best interests'] },
      { letter: 'T', terms: ['Tribunal'] },
      { letter: '#', terms: ['18+'] },
    ]);
  });

  it('groups Arabic terms by their Arabic first letter', () => {
    const groups = groupByInitial(['لجوء', 'استئناف', 'لاجئ'], (term) => term, 'ar');
    expect(groups.map((group) => group.letter)).toEqual(['ا', 'ل']);
  });

  it('makes URL-safe, distinct anchors for any script', () => {
    expect(letterAnchor('A')).toBe('letter-41');
    expect(letterAnchor('ل')).toMatch(/^letter-[0-9a-f-]+$/);
    expect(letterAnchor('ل')).not.toBe(letterAnchor('ا'));
    expect(letterAnchor('#')).toBe('letter-other');
  });
});
