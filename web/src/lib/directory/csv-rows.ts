/** The directory's rows as the downloadable spreadsheet has them, in the reader's language. */
import type { Locale } from '../../i18n';
import { directoryStrings } from '../../i18n/directory';
import type { ServiceData } from '../cms/schemas/directory';
import { absoluteUrl, routes } from '../site/urls';
import { toCsv } from './csv';
import { accessText, addressLines, agesText, areasText, hoursLines, languagesText, whoText } from './present';

export const directoryCsv = (
  services: readonly ServiceData[],
  locale: Locale,
  site: URL | undefined,
): string => {
  const strings = directoryStrings(locale);
  const columns = strings.csv;
  return toCsv(
    [
      columns.name,
      columns.organization,
      columns.description,
      columns.areas,
      columns.who,
      columns.ages,
      columns.languages,
      columns.cost,
      columns.access,
      columns.hours,
      columns.address,
      columns.phone,
      columns.email,
      columns.website,
      columns.page,
    ],
    services.map((service) => [
      service.name,
      service.organization?.name ?? '',
      service.description,
      areasText(service, locale),
      whoText(service, locale),
      agesText(service, locale),
      languagesText(service, locale),
      [service.isFree ? strings.free : strings.paid, service.feesDescription].filter(Boolean).join('. '),
      [accessText(service, locale), service.applicationProcess].filter(Boolean).join('. '),
      [...hoursLines(service, locale), service.scheduleDescription].filter(Boolean).join('; '),
      addressLines(service).join('; '),
      service.phone,
      service.email,
      service.url,
      absoluteUrl(routes.service(locale, service.slug), site),
    ]),
  );
};
