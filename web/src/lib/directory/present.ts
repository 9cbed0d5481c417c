/** How a directory service reads in the reader's language: who it is for, ages, languages, hours. */
import { fill, intlTag, type Locale } from '../../i18n';
import { directoryStrings } from '../../i18n/directory';
import type { ImmigrationSituation, ServiceArea, ServiceData } from '../cms/schemas/directory';
import { DAYS } from '../cms/schemas/directory';
import { nameOfLanguage } from '../site/languages';
import { joinList } from '../site/text';

/** A language's name in the reader's language ('ar' → 'Arabic' / 'العربية'), or the code. */
export const languageName = (code: string, locale: Locale): string =>
  nameOfLanguage(code, intlTag(locale)) ?? code;

export const situationLabel = (situation: ImmigrationSituation, locale: Locale): string =>
  directoryStrings(locale).situations[situation];

export const agesText = (
  service: Pick<ServiceData, 'minimumAge' | 'maximumAge'>,
  locale: Locale,
): string | null => {
  const strings = directoryStrings(locale);
  const { minimumAge: min, maximumAge: max } = service;
  if (min !== null && max !== null) return fill(strings.ages, { min, max });
  if (min !== null) return fill(strings.agesFrom, { min });
  if (max !== null) return fill(strings.agesUpTo, { max });
  return null;
};

/** Who a service is for, in one line: its groups, and the gender it is for when it is not everyone. */
export const whoText = (service: ServiceData, locale: Locale): string => {
  const strings = directoryStrings(locale);
  const parts = service.immigrationSituations.map((situation) => strings.situations[situation]);
  const gender = strings.genders[service.gender];
  return joinList(gender ? [gender, ...parts] : parts, locale);
};

export const languagesText = (service: ServiceData, locale: Locale): string =>
  joinList(
    service.languages.map((code) => languageName(code, locale)),
    locale,
  );

export const areaText = (area: ServiceArea, locale: Locale): string => {
  const strings = directoryStrings(locale);
  const nation = strings.nations[area.nation];
  if (area.localAuthority) return `${area.localAuthority} (${nation})`;
  if (area.region) return `${area.region} (${nation})`;
  return fill(strings.wholeNation, { nation });
};

export const areasText = (service: ServiceData, locale: Locale): string =>
  joinList(
    service.serviceAreas.map((area) => areaText(area, locale)),
    locale,
  );

/** Opening hours, one line per day in week order: "Monday 09:00–17:00". */
export const hoursLines = (service: ServiceData, locale: Locale): string[] => {
  const strings = directoryStrings(locale);
  return [...service.schedules]
    .sort((a, b) => DAYS.indexOf(a.byDay) - DAYS.indexOf(b.byDay))
    .map((slot) => `${strings.days[slot.byDay]} ${slot.opensAt}–${slot.closesAt}`);
};

export const accessText = (service: ServiceData, locale: Locale): string =>
  joinList(
    service.accessMethods.map((method) => directoryStrings(locale).access[method]),
    locale,
  );

export const addressLines = (service: ServiceData): string[] =>
  service.locations.map((location) =>
    [location.name, location.address1, location.city, location.postalCode].filter(Boolean).join(', '),
  );

/** A tel: link from a number as written ('020 7946 0000' → 'tel:02079460000'). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Whether a service is for people in `situation`: its own groups, or any situation. */
export const isFor = (service: ServiceData, situation: ImmigrationSituation): boolean =>
  service.immigrationSituations.includes(situation) ||
  service.immigrationSituations.includes('any_situation');
