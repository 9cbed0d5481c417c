/** The glossary's A to Z: terms sorted and grouped by first letter, the way the reader's alphabet does it. */
import { intlTag, type Locale } from '../../i18n/locales';

export type LetterGroup<T> = { letter: string; terms: T[] };

/** The letter a term is filed under: its first letter, upper-cased, without accents (É → E). */
export const initialOf = (term: string, locale: Locale): string => {
  const first = term.trim().charAt(0);
  if (!first) return '#';
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  return /\p{L}/u.test(base) ? base.toLocaleUpperCase(intlTag(locale)) : '#';
};

/** Groups in alphabetical order, terms sorted within each group; anything not starting with a letter goes under '#'. */
export const groupByInitial = <T>(
  items: readonly T[],
  termOf: (item: T) => string,
  locale: Locale,
): LetterGroup<T>[] => {
  const collator = new Intl.Collator(intlTag(locale), { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(termOf(a), termOf(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = initialOf(termOf(item), locale);
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collator.compare(a, b)))
    .map(([letter, terms]) => ({ letter, terms }));
};

/** An id for a letter's section that is safe in a URL fragment in any script. */
export const letterAnchor = (letter: string): string =>
  letter === '#'
    ? 'letter-other'
    : `letter-${[...letter].map((c) => c.codePointAt(0)?.toString(16)).join('-')}`;
