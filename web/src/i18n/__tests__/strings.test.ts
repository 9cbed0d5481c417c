import { LOCALES, LOCALE_INFO, dirOf, fill, isLocale, uiStrings } from '..';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const english = new Map(leaves(uiStrings('en') as unknown as Tree));

describe.each(LOCALES.filter((locale) => locale !== 'en'))('interface strings in %s', (locale) => {
  const translated = new Map(leaves(uiStrings(locale) as unknown as Tree));

  it('has exactly the English keys, none empty', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of translated)
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it('keeps every {placeholder} of the English text', () => {
    for (const [key, text] of english) {
      expect({ key, placeholders: placeholders(translated.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});

describe('locales', () => {
  it('writes Arabic and Farsi right to left, the others left to right', () => {
    expect(LOCALES.filter((locale) => dirOf(locale) === 'rtl')).toEqual(['ar', 'fa']);
  });

  it('names every language in itself', () => {
    expect(LOCALES.map((locale) => LOCALE_INFO[locale].autonym)).toEqual([
      'English',
      'Shqip',
      'العربية',
      'فارسی',
      'Română',
    ]);
  });

  it('recognises only the site locales', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('fill', () => {
  it('replaces named placeholders and leaves unknown ones visible', () => {
    expect(fill('Page {n} of {total}', { n: 2, total: 5 })).toBe('Page 2 of 5');
    expect(fill('Call {number} {missing}', { number: '999' })).toBe('Call 999 {missing}');
  });
});
