/**
 * The other-language versions of a page, for the language switcher and hreflang links. Only pages
 * that exist are listed: a translation that is published in a locale the site is built in.
 */
import { LOCALES, isLocale, type Locale } from '../../i18n/locales';

export type Alternate = { locale: Locale; href: string };
type Version = { locale: string; slug?: string };

/** Versions in built locales, in the site's language order, each with its URL. */
export const toAlternates = (
  versions: readonly Version[],
  builtLocales: readonly Locale[],
  hrefOf: (locale: Locale, slug: string) => string,
): Alternate[] => {
  const byLocale = new Map<Locale, string>();
  for (const version of versions) {
    if (isLocale(version.locale) && builtLocales.includes(version.locale) && !byLocale.has(version.locale)) {
      byLocale.set(version.locale, version.slug ?? '');
    }
  }
  return LOCALES.filter((locale) => byLocale.has(locale)).map((locale) => ({
    locale,
    href: hrefOf(locale, byLocale.get(locale) ?? ''),
  }));
};

/** A document's versions: itself plus its published translations. */
export const versionsOf = (data: {
  locale: string;
  slug?: string;
  localizations: ReadonlyArray<{ locale: string; slug?: string }>;
}): Version[] => [{ locale: data.locale, slug: data.slug }, ...data.localizations];
