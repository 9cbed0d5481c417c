/** The directory of services: organisations first (services link to them), then their services. */
import type { SiteLocale } from '../../content/site-content-types';
import { DIRECTORY_ORGANIZATIONS, DIRECTORY_SERVICES, type SeedService } from '../content/directory';
import type { TranslatedLocale } from '../content/types';
import type { SeedContext } from '../context';
import { resolveRef, seedCollectionEntry } from '../documents';
import { localeVersions } from './locale-versions';

/** The locales a service is translated into. */
const translatedLocales = (service: SeedService): TranslatedLocale[] =>
  (Object.keys(service.text) as SiteLocale[]).filter((locale): locale is TranslatedLocale => locale !== 'en');

/** Fields that are the same in every language: set on the English version, copied by Strapi. */
const sharedServiceFields = (service: SeedService) => {
  const [days, opensAt, closesAt] = service.hours ?? [[], '', ''];
  return {
    minimumAge: service.ages?.[0] ?? null,
    maximumAge: service.ages?.[1] ?? null,
    immigrationSituations: service.situations.map((situation) => ({ situation })),
    gender: service.gender ?? 'any',
    languages: service.languages.map((code) => ({ code })),
    isFree: service.free,
    accessByReferral: service.access.includes('referral'),
    accessDropIn: service.access.includes('drop-in'),
    accessByPhone: service.access.includes('phone'),
    schedules: days.map((byDay) => ({ byDay, opensAt: `${opensAt}:00.000`, closesAt: `${closesAt}:00.000` })),
    serviceAreas: service.areas.map((area) => ({
      nation: area.nation,
      region: area.region ?? null,
      localAuthority: area.localAuthority ?? null,
    })),
    locations: service.locations ?? [],
    url: service.url ?? null,
    email: service.email ?? null,
    phone: service.phone ?? null,
  };
};

export const seedDirectory = async (ctx: SeedContext): Promise<void> => {
  for (const organization of DIRECTORY_ORGANIZATIONS) {
    // An organisation exists in every language one of its services is in, so the link holds there.
    const locales = new Set(
      DIRECTORY_SERVICES.filter((service) => service.organization === organization.slug).flatMap(
        translatedLocales,
      ),
    );
    const text = {
      ...Object.fromEntries([...locales].map((locale) => [locale, organization.text.en])),
      ...organization.text,
    };
    const versions = localeVersions(text, (words, locale) => async () => ({
      name: words.name,
      description: words.description,
      ...(locale === 'en'
        ? { url: organization.url, email: organization.email ?? null, phone: organization.phone ?? null }
        : {}),
    }));
    await seedCollectionEntry(ctx, { kind: 'organization', slug: organization.slug, versions });
  }
  for (const service of DIRECTORY_SERVICES) {
    const versions = localeVersions(service.text, (words, locale) => async () => ({
      name: words.name,
      description: words.description,
      eligibilityDescription: words.eligibility ?? null,
      feesDescription: words.fees ?? null,
      applicationProcess: words.howToAccess ?? null,
      scheduleDescription: words.schedule ?? null,
      organization: (await resolveRef(ctx, 'organization', service.organization, locale)) ?? null,
      ...(locale === 'en' ? sharedServiceFields(service) : {}),
    }));
    await seedCollectionEntry(ctx, { kind: 'service', slug: service.slug, versions });
  }
};
