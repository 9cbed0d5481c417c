/** What an editor is told when the CMS refuses a save or a publish. Plain words, one action. */

export const RESOURCE_NEEDS_FILE_OR_LINK =
  'Add at least one file or an external link before publishing this resource.';

/** `typeLabel` is the content type's display name in lower case, e.g. "news article". */
export const duplicateSlugMessage = (typeLabel: string, slug: string): string =>
  `Another ${typeLabel} already uses the web address '${slug}'. Change the slug.`;

/** Which words to use for an https-only field, keyed by `<component or content type>.<field>`. */
const HTTPS_FIELD_SUBJECTS: Readonly<Record<string, string>> = {
  'partners.organisation.url': 'Partner website addresses',
  'api::resource.resource.externalUrl': 'External links',
  'settings.social-link.url': 'Social media links',
};

export const httpsOnlyMessage = (fieldKey: string): string =>
  `${HTTPS_FIELD_SUBJECTS[fieldKey] ?? 'Web addresses'} must start with https://`;
