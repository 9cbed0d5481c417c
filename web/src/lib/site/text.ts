/** Small text helpers that follow the reader's language. */
import { intlTag, type Locale } from '../../i18n/locales';
import { memoByKey } from './memo';

/**
 * Text an editor wrote, set inside other text (a sentence, the page title): wrapped in Unicode's
 * first-strong isolate and pop, the plain-text `<bdi>`, so its direction (Arabic in an English
 * sentence, or a stray right-to-left override) cannot reorder the words around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** "A, B and C" the way the reader's language writes a list (Arabic uses its own comma). */
export const joinList = (items: readonly string[], locale: Locale): string =>
  listFormat(locale).format(items);

const listFormat = memoByKey(
  (locale: Locale) => new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }),
);

/** Language codes with the reader's own language first, then English, then the rest in their order. */
export const readerFirst = (codes: readonly string[], locale: Locale): string[] => {
  const unique = [...new Set(codes)];
  const rank = (code: string) => (code === locale ? 0 : code === 'en' ? 1 : 2);
  return unique
    .map((code, index) => ({ code, index }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.index - b.index)
    .map(({ code }) => code);
};
