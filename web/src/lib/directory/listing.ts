/**
 * What the directory's pages list, per locale: the services published in it (sorted by name),
 * the places, groups and languages that have a page, and which services each one shows.
 */
import type { Locale } from '../../i18n';
import { intlTag } from '../../i18n';
import type { ImmigrationSituation, ServiceData } from '../cms/schemas/directory';
import { IMMIGRATION_SITUATIONS } from '../cms/schemas/directory';
import { once } from '../site/build-memo';
import { toAlternates, type Alternate } from '../site/alternates';
import { entriesIn, localesWithSection } from '../site/content';
import { placesOf, type Place } from './areas';

export const servicesIn = (locale: Locale): Promise<ServiceData[]> =>
  once(`directory-services:${locale}`, async () => {
    const collator = new Intl.Collator(intlTag(locale));
    return (await entriesIn('directory', locale))
      .map((entry) => entry.data)
      .sort((a, b) => collator.compare(a.name, b.name));
  });

export const placesIn = async (locale: Locale): Promise<Place[]> =>
  placesOf((await servicesIn(locale)).map((service) => service.serviceAreas));

/** The groups with at least one service of their own ('any situation' is not a page). */
export const situationsIn = async (locale: Locale): Promise<ImmigrationSituation[]> => {
  const services = await servicesIn(locale);
  return IMMIGRATION_SITUATIONS.filter(
    (situation) =>
      situation !== 'any_situation' &&
      services.some((service) => service.immigrationSituations.includes(situation)),
  );
};

/** Language codes services are offered in, most common first. */
export const languagesIn = async (locale: Locale): Promise<string[]> => {
  const counts = new Map<string, number>();
  for (const service of await servicesIn(locale)) {
    for (const code of new Set(service.languages)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
};

/** A directory list page in every locale where `exists` says it is built (area, group, language pages). */
export const listAlternates = async (
  exists: (locale: Locale) => Promise<boolean>,
  hrefOf: (locale: Locale) => string,
): Promise<Alternate[]> => {
  const locales = await localesWithSection('directory');
  const present: Locale[] = [];
  for (const locale of locales) if (await exists(locale)) present.push(locale);
  return toAlternates(
    present.map((locale) => ({ locale })),
    locales,
    (locale) => hrefOf(locale),
  );
};
