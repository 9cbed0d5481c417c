/** Fields every entry carries, and the small shapes relations become. */
import { z } from 'zod';
import { isSafeHref, unsafeLinkMessage } from '../safe-url';
import { isValidSlug, slugProblem } from '../slug';

/** An entry's URL name: the site's slug rule (../slug.ts), or the entry is left out of the build. */
export const slugSchema = z.string().refine(isValidSlug, { error: (issue) => slugProblem(issue.input) });

/** An address the site links to (../safe-url.ts): anything else leaves the entry out of the build. */
export const linkUrlSchema = z
  .string()
  .refine(isSafeHref, { error: (issue) => unsafeLinkMessage(issue.input) });

/** A linked document in the same locale, just enough to link to it. */
export const titledRefSchema = z.object({ documentId: z.string(), slug: z.string(), title: z.string() });
export const namedRefSchema = z.object({ documentId: z.string(), slug: z.string(), name: z.string() });
export type TitledRef = z.infer<typeof titledRefSchema>;
export type NamedRef = z.infer<typeof namedRefSchema>;

/** A published translation of the same document (never includes the entry's own locale). */
export const localizationSchema = z.object({ locale: z.string(), slug: z.string() });
export type Localization = z.infer<typeof localizationSchema>;

const timestamps = {
  /** Strapi document id: the same across the locales of one document. */
  documentId: z.string(),
  /** Locale code of this entry: en, sq, ar, fa, ro. */
  locale: z.string(),
  updatedAt: z.coerce.date(),
  publishedAt: z.coerce.date(),
};

/** Base of every collection entry (id `<locale>/<slug>`). */
export const collectionEntryBase = {
  ...timestamps,
  slug: slugSchema,
  /** Other locales this document is published in, for the language switcher. */
  localizations: z.array(localizationSchema),
};

/** Base of every single-type entry (settings, home, about: id `<locale>`). */
export const singleEntryBase = {
  ...timestamps,
  /** Other locales this single type is published in. */
  localizations: z.array(z.object({ locale: z.string() })),
};

/** A calendar date from the CMS, as 'YYYY-MM-DD' (no time zone to get wrong). */
export const calendarDate = z.iso.date();
