/** Names of the languages resource files are written in, from the runtime's own (ICU) data. */
import { intlTag, type Locale } from '../../i18n/locales';

/**
 * Language names in one language, built once per language tag: a page of resources asks for
 * dozens, and building an `Intl.DisplayNames` costs far more than asking one. Null for a tag the
 * runtime cannot use. Tags come from the site's locales and the CMS's language list: few.
 */
const namesByTag = new Map<string, Intl.DisplayNames | null>();
const namesIn = (tag: string): Intl.DisplayNames | null => {
  let names = namesByTag.get(tag);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' });
    } catch {
      names = null;
    }
    namesByTag.set(tag, names);
  }
  return names;
};

/** The name of language `code` written in language `tag`, or undefined if the runtime has none. */
export const nameOfLanguage = (code: string, tag: string): string | undefined => {
  try {
    const name = namesIn(tag)?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined; // not a language code at all
  }
};

const capitalised = (name: string, tag: string): string => {
  try {
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
};

/** The name of a language in the reader's language: languageName('ar', 'en') is "Arabic". */
export const languageName = (code: string, locale: Locale): string =>
  capitalised(nameOfLanguage(code, intlTag(locale)) ?? code, intlTag(locale));

/** The name of a language in itself ("العربية"), so a reader finds their language whatever page they are on. */
export const autonym = (code: string): string =>
  // Some languages write their own name in lower case ("shqip", "română"); as a label it starts with a capital.
  capitalised(nameOfLanguage(code, code) ?? code, code);

/** "Arabic (العربية)", or just "English" when both names are the same. */
export const languageLabel = (code: string, locale: Locale): string => {
  const local = languageName(code, locale);
  const own = autonym(code);
  return local === own ? local : `${local} (${own})`;
};

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'sd', 'ug']);
/** Text direction of a language, for `dir` on a name written in it. */
export const languageDir = (code: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(code) ? 'rtl' : 'ltr');
