/** Names of the languages resource files are written in, from the runtime's own (ICU) data. */
import { intlTag, type Locale } from '../../i18n/locales';

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The name of a language in the reader's language: languageName('ar', 'en') is "Arabic". */
export const languageName = (code: string, locale: Locale): string => {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([intlTag(locale)], { type: 'language', fallback: 'code' });
    displayNames.set(locale, names);
  }
  const name = names.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(intlTag(locale)) + name.slice(1);
};

/** The name of a language in itself ("العربية"), so a reader finds their language whatever page they are on. */
export const autonym = (code: string): string => {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
    // Some languages write their own name in lower case ("shqip", "română"); as a label it starts with a capital.
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
};

/** "Arabic (العربية)", or just "English" when both names are the same. */
export const languageLabel = (code: string, locale: Locale): string => {
  const local = languageName(code, locale);
  const own = autonym(code);
  return local === own ? local : `${local} (${own})`;
};

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'sd', 'ug']);
/** Text direction of a language, for `dir` on a name written in it. */
export const languageDir = (code: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(code) ? 'rtl' : 'ltr');
