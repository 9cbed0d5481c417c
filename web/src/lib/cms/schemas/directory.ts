/**
 * The directory of services (Open Referral UK / HSDS 3.0): `directory` is api::service.service,
 * `organizations` api::organization.organization. A service whose website is not https, or whose
 * email or phone the site could not link to, is left out of the build and named in the Website panel.
 */
import { z } from 'zod';
import { collectionEntryBase, namedRefSchema } from './base';

export const NATIONS = ['england', 'scotland', 'wales', 'northern_ireland'] as const;
export type Nation = (typeof NATIONS)[number];
export const IMMIGRATION_SITUATIONS = [
  'unaccompanied_child',
  'asylum_seeker',
  'refugee',
  'undocumented',
  'eu_settlement_scheme',
  'care_leaver',
  'trafficking_survivor',
  'family_reunion',
  'any_situation',
] as const;
export type ImmigrationSituation = (typeof IMMIGRATION_SITUATIONS)[number];
export const GENDERS = ['any', 'girls_and_young_women', 'boys_and_young_men'] as const;
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const ACCESS_METHODS = ['referral', 'drop-in', 'phone'] as const;
export type AccessMethod = (typeof ACCESS_METHODS)[number];

const httpsUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.username === '' && url.password === '' && !/\s/.test(value);
    } catch {
      return false;
    }
  },
  { error: (issue) => `The website address '${String(issue.input).slice(0, 80)}' must start with https://` },
);
const email = z.string().regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z0-9-]{2,}$/i, {
  error: 'The email address is not one the site can link to',
});
const phone = z.string().regex(/^\+?[0-9][0-9 ()-]*[0-9]$/, {
  error: 'The phone number can only use digits, spaces, brackets, hyphens and a leading +',
});
/** 'HH:MM' from Strapi's 'HH:MM:SS.mmm'. */
const clockTime = z
  .string()
  .regex(/^\d{2}:\d{2}/)
  .transform((value) => value.slice(0, 5));

export const serviceAreaSchema = z.object({
  nation: z.enum(NATIONS),
  region: z.string().nullable(),
  localAuthority: z.string().nullable(),
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

/** `directory`: api::service.service */
export const directorySchema = z.object({
  ...collectionEntryBase,
  name: z.string(),
  description: z.string(),
  organization: namedRefSchema.nullable(),
  eligibilityDescription: z.string().nullable(),
  minimumAge: z.number().int().nullable(),
  maximumAge: z.number().int().nullable(),
  immigrationSituations: z.array(z.enum(IMMIGRATION_SITUATIONS)),
  gender: z.enum(GENDERS),
  languages: z.array(z.string()),
  isFree: z.boolean(),
  feesDescription: z.string().nullable(),
  accessMethods: z.array(z.enum(ACCESS_METHODS)),
  applicationProcess: z.string().nullable(),
  schedules: z.array(z.object({ byDay: z.enum(DAYS), opensAt: clockTime, closesAt: clockTime })),
  scheduleDescription: z.string().nullable(),
  serviceAreas: z.array(serviceAreaSchema).min(1, { error: 'The service needs at least one area served' }),
  locations: z.array(
    z.object({
      name: z.string().nullable(),
      address1: z.string().nullable(),
      city: z.string().nullable(),
      postalCode: z.string().nullable(),
    }),
  ),
  url: httpsUrl.nullable(),
  email: email.nullable(),
  phone: phone.nullable(),
});
export type ServiceData = z.infer<typeof directorySchema>;

/** `organizations`: api::organization.organization */
export const organizationsSchema = z.object({
  ...collectionEntryBase,
  name: z.string(),
  description: z.string().nullable(),
  url: httpsUrl.nullable(),
  email: email.nullable(),
  phone: phone.nullable(),
});
export type OrganizationData = z.infer<typeof organizationsSchema>;
