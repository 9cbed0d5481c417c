/**
 * The languages the site is offered in. English is the default and has no URL prefix; the others
 * live under /<code>/ when the CMS has content in them.
 */
export const LOCALES = ['en', 'sq', 'ar', 'fa', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

type LocaleInfo = {
  /** The language's name in itself, as the language switcher shows it. */
  autonym: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for Intl formatting (dates, numbers, sorting). */
  intl: string;
};

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { autonym: 'English', dir: 'ltr', intl: 'en-GB' },
  sq: { autonym: 'Shqip', dir: 'ltr', intl: 'sq-AL' },
  ar: { autonym: 'العربية', dir: 'rtl', intl: 'ar' },
  fa: { autonym: 'فارسی', dir: 'rtl', intl: 'fa-IR' },
  ro: { autonym: 'Română', dir: 'ltr', intl: 'ro-RO' },
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const dirOf = (locale: Locale): 'ltr' | 'rtl' => LOCALE_INFO[locale].dir;
export const intlTag = (locale: Locale): string => LOCALE_INFO[locale].intl;
