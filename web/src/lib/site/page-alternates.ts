/** A page's versions in other languages, from the content: what the layout's switcher and hreflang show. */
import type { Locale } from '../../i18n/locales';
import { toAlternates, versionsOf, type Alternate } from './alternates';
import { localesWithSection, siteLocales, type Section } from './content';

/** A section page (news index, resources...) exists in every locale that has the section. */
export const sectionAlternates = async (
  section: Section,
  hrefOf: (locale: Locale) => string,
): Promise<Alternate[]> =>
  toAlternates(
    (await localesWithSection(section)).map((locale) => ({ locale })),
    await siteLocales(),
    (locale) => hrefOf(locale),
  );

/** A site-wide page (home) exists in every built locale. */
export const siteAlternates = async (hrefOf: (locale: Locale) => string): Promise<Alternate[]> => {
  const locales = await siteLocales();
  return toAlternates(
    locales.map((locale) => ({ locale })),
    locales,
    (locale) => hrefOf(locale),
  );
};

/** An entry exists in its own locale and in each published translation (each with its own slug). */
export const entryAlternates = async (
  data: Parameters<typeof versionsOf>[0],
  hrefOf: (locale: Locale, slug: string) => string,
): Promise<Alternate[]> => toAlternates(versionsOf(data), await siteLocales(), hrefOf);
