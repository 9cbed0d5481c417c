/** Turns an entry's per-locale text into the versions the seed creates, English first. */
import { SITE_LOCALES, type SiteLocale } from '../../content/site-content-types';
import type { Translations } from '../content/types';
import type { LocaleVersion } from '../documents';

export const localeVersions = <T>(
  text: Translations<T>,
  builder: (text: T, locale: SiteLocale) => LocaleVersion['build'],
): [LocaleVersion, ...LocaleVersion[]] => {
  const translations = SITE_LOCALES.flatMap(({ code }) => {
    if (code === 'en') return [];
    const localized = text[code];
    return localized === undefined ? [] : [{ locale: code, build: builder(localized, code) }];
  });
  return [{ locale: 'en', build: builder(text.en, 'en') }, ...translations];
};
