/**
 * The URL name (slug) rule, the same as the CMS's (cms/src/validation/slug-rule.ts): lowercase
 * letters a-z and digits, single hyphens between them, at most SLUG_MAX_LENGTH characters. A slug
 * is a path segment of the built site: `..` or `.` would make a page the build cannot write.
 */
import { LOCALES } from '../../i18n/locales';
import { shownValue } from './safe-url';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 100;

export const SLUG_RULE_MESSAGE =
  "The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.";

export const isValidSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

/** Why the site cannot use a slug, in an editor's words. */
export const slugProblem = (value: unknown): string =>
  typeof value === 'string' && value.length > SLUG_MAX_LENGTH
    ? `Its URL name is longer than ${SLUG_MAX_LENGTH} characters.`
    : `Its URL name '${shownValue(String(value ?? ''))}' cannot be used. ${SLUG_RULE_MESSAGE}`;

/**
 * Top-level addresses the site itself uses: a CMS page (whose URL is `/<slug>/`) cannot take one.
 * The CMS keeps the same list (cms/src/validation/slug-rule.ts).
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  ...LOCALES,
  'about',
  'events',
  'files',
  'directory',
  'get-help',
  'glossary',
  'news',
  'pagefind',
  'projects',
  'resources',
  'search',
  'tributes',
  'uploads',
  '404',
  '410',
];

export const reservedPageSlugProblem = (slug: string): string =>
  `Its URL name '${slug}' is already used by the website for its own pages. Choose another URL name.`;
