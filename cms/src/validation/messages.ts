/** What an editor is told when the CMS refuses a save or a publish. Plain words, one action. */
import { SLUG_MAX_LENGTH } from './slug-rule';
import { shownValue, type LinkProblem } from './safe-url';

export const EVENT_ENDS_BEFORE_START =
  'The event ends before it starts. Check the end date and time: it must be the same as or later than the start.';

export const RESOURCE_NEEDS_FILE_OR_LINK =
  'Add at least one file or an external link before publishing this resource.';

/** `typeLabel` is the content type's display name in lower case, e.g. "news article". */
export const duplicateSlugMessage = (typeLabel: string, slug: string): string =>
  `Another ${typeLabel} already uses the web address '${slug}'. Change the slug.`;

export const tooLongMessage = (max: number, length: number): string =>
  `This is too long: keep it to ${max.toLocaleString('en-GB')} characters or fewer (it has ${length.toLocaleString('en-GB')}).`;

export const SLUG_RULE_MESSAGE =
  "The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.";
export const SLUG_TOO_LONG_MESSAGE = `The URL name can be at most ${SLUG_MAX_LENGTH} characters long.`;
export const reservedPageSlugMessage = (slug: string): string =>
  `The website already uses the URL name '${slug}' for its own pages. Choose another URL name.`;

export const HIDDEN_CHARACTERS_MESSAGE =
  'This text contains an invisible control character that the website cannot show (often left by copying and pasting). Retype the text around it, then save again.';

export const richTextLinkMessage = (url: string): string =>
  `The link '${shownValue(url)}' in this text is not one the website can use: links must start with https://, http://, mailto:, tel: or /.`;

/** The plain web address fields (https only), keyed by `<component or content type>.<field>`. */
export const URL_FIELD_SUBJECTS: Readonly<Record<string, string>> = {
  'partners.organisation.url': 'Partner website addresses',
  'api::resource.resource.externalUrl': 'External links',
  'api::event.event.bookingUrl': 'The booking link',
  'settings.social-link.url': 'Social media links',
  'api::site-setting.site-setting.donateUrl': 'The donate link',
  'api::site-setting.site-setting.newsletterUrl': 'The newsletter link',
  'api::site-setting.site-setting.quickExitUrl': 'The quick exit address',
  'api::service.service.url': 'Service website addresses',
  'api::organization.organization.url': 'Organisation website addresses',
};

/** Contact fields of the directory, by `<content type>.<field>`: what each must look like. */
export const PHONE_FIELDS: ReadonlySet<string> = new Set([
  'api::service.service.phone',
  'api::organization.organization.phone',
]);
export const EMAIL_FIELDS: ReadonlySet<string> = new Set([
  'api::service.service.email',
  'api::organization.organization.email',
]);
export const PHONE_MESSAGE =
  "Write the phone number with digits, spaces and an optional + at the start, like '020 7946 0000' or '+44 28 9018 0000'.";
export const EMAIL_MESSAGE = "Write one email address, like 'advice@example.org.uk', with no spaces.";
export const AGE_RANGE_MESSAGE = 'The maximum age cannot be lower than the minimum age.';

export const httpsOnlyMessage = (fieldKey: string): string =>
  `${URL_FIELD_SUBJECTS[fieldKey] ?? 'Web addresses'} must start with https://`;

export const urlFieldMessage = (fieldKey: string, problem: LinkProblem): string => {
  const subject = URL_FIELD_SUBJECTS[fieldKey] ?? 'Web addresses';
  if (problem === 'hidden-characters') return `${subject} cannot contain spaces or hidden characters.`;
  if (problem === 'credentials') return `${subject} cannot contain a user name or password.`;
  return httpsOnlyMessage(fieldKey);
};
