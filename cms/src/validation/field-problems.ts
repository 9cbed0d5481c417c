/**
 * The field rules Strapi's schema cannot say, checked on every document write: the URL name
 * (slug) rule, safe links in plain web address fields and in rich text, and no invisible control
 * characters in any text. Each problem names the field it belongs to (the path the admin shows
 * it beside). Text is otherwise stored as written (HTML, emoji, right-to-left marks): the site
 * escapes and isolates it when it shows it.
 */
import type { Core } from '@strapi/strapi';
import {
  AGE_RANGE_MESSAGE,
  EMAIL_FIELDS,
  EMAIL_MESSAGE,
  HIDDEN_CHARACTERS_MESSAGE,
  PHONE_FIELDS,
  PHONE_MESSAGE,
  reservedPageSlugMessage,
  richTextLinkMessage,
  SLUG_RULE_MESSAGE,
  SLUG_TOO_LONG_MESSAGE,
  URL_FIELD_SUBJECTS,
  urlFieldMessage,
} from './messages';
import type { FieldError } from './readable-errors';
import { HTTPS_ONLY, linkProblem, RICH_TEXT_LINKS } from './safe-url';
import { PAGE_UID, RESERVED_PAGE_SLUGS, SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug-rule';

type Attribute = { type: string; component?: string };
type Schema = { uid: string; attributes: Record<string, Attribute> };

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid']);

/**
 * C0 and C1 control characters but tab, line feed and carriage return: invisible, never typed on
 * purpose, and NUL is refused by PostgreSQL (a save would fail with a server error).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A phone number as people write it: digits, spaces, brackets and hyphens, an optional leading +. */
const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]*[0-9]$/;
const isPhoneNumber = (value: string): boolean => {
  const digits = value.replace(/[^0-9]/g, '').length;
  return PHONE_PATTERN.test(value) && digits >= 3 && digits <= 15;
};
/** One plain address: no spaces, one @, a dot in the domain (what a mailto: link needs). */
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z0-9-]{2,}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const slugMessage = (uid: string, slug: string): string | undefined => {
  if (slug.length > SLUG_MAX_LENGTH) return SLUG_TOO_LONG_MESSAGE;
  if (!SLUG_PATTERN.test(slug)) return SLUG_RULE_MESSAGE;
  if (uid === PAGE_UID && RESERVED_PAGE_SLUGS.includes(slug)) return reservedPageSlugMessage(slug);
  return undefined;
};

const textMessage = (
  documentUid: string,
  owner: Schema,
  name: string,
  attribute: Attribute,
  value: string,
) => {
  const fieldKey = `${owner.uid}.${name}`;
  // An empty slug or address is Strapi's to judge (required fields, drafts).
  if (value !== '' && fieldKey in URL_FIELD_SUBJECTS) {
    const problem = linkProblem(value, HTTPS_ONLY);
    return problem ? urlFieldMessage(fieldKey, problem) : undefined;
  }
  if (value !== '' && PHONE_FIELDS.has(fieldKey) && !isPhoneNumber(value)) return PHONE_MESSAGE;
  if (value !== '' && EMAIL_FIELDS.has(fieldKey) && !EMAIL_PATTERN.test(value)) return EMAIL_MESSAGE;
  if (CONTROL_CHARACTERS.test(value)) return HIDDEN_CHARACTERS_MESSAGE;
  if (value !== '' && attribute.type === 'uid') return slugMessage(documentUid, value);
  return undefined;
};

/** The first problem in a rich-text (blocks) value: a control character in its text, or a link. */
const blocksMessage = (value: unknown): string | undefined => {
  if (Array.isArray(value)) {
    for (const item of value) {
      const message = blocksMessage(item);
      if (message) return message;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (typeof value.text === 'string' && CONTROL_CHARACTERS.test(value.text)) return HIDDEN_CHARACTERS_MESSAGE;
  if (value.type === 'link' && typeof value.url === 'string' && linkProblem(value.url, RICH_TEXT_LINKS)) {
    return richTextLinkMessage(value.url);
  }
  return blocksMessage(value.children);
};

/** Every field problem in `data` (a whole draft or the fields a write changes) of a document of `uid`. */
export const fieldProblems = (strapi: Core.Strapi, uid: string, data: unknown): FieldError[] => {
  const problems: FieldError[] = [];
  const componentSchema = (name: string | undefined) =>
    name
      ? (strapi.components[name as keyof typeof strapi.components] as unknown as Schema | undefined)
      : undefined;
  const visit = (owner: Schema, values: Record<string, unknown>, path: string[]): void => {
    for (const [name, attribute] of Object.entries(owner.attributes)) {
      if (!(name in values)) continue;
      const value = values[name];
      const at = [...path, name];
      let message: string | undefined;
      if (TEXT_TYPES.has(attribute.type) && typeof value === 'string') {
        message = textMessage(uid, owner, name, attribute, value);
      } else if (attribute.type === 'blocks') {
        message = blocksMessage(value);
      } else if (attribute.type === 'component') {
        const component = componentSchema(attribute.component);
        if (!component) continue;
        const items = Array.isArray(value) ? value : [value];
        items.forEach((item, index) => {
          if (isRecord(item)) visit(component, item, Array.isArray(value) ? [...at, String(index)] : at);
        });
      } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
        value.forEach((item, index) => {
          const component = isRecord(item) ? componentSchema(String(item.__component)) : undefined;
          if (component && isRecord(item)) visit(component, item, [...at, String(index)]);
        });
      }
      if (message) problems.push({ path: at, message, name: 'ValidationError', value });
    }
  };
  const model = strapi.getModel(uid as never) as unknown as Schema | undefined;
  if (model && isRecord(data)) {
    visit(model, data, []);
    const { minimumAge, maximumAge } = data;
    if (typeof minimumAge === 'number' && typeof maximumAge === 'number' && maximumAge < minimumAge) {
      problems.push({
        path: ['maximumAge'],
        message: AGE_RANGE_MESSAGE,
        name: 'ValidationError',
        value: maximumAge,
      });
    }
  }
  return problems;
};

/** What to populate to read every component of a document of `uid` (for checking saved drafts). */
export const componentPopulate = (strapi: Core.Strapi, uid: string): Record<string, unknown> => {
  const of = (schema: Schema | undefined): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(schema?.attributes ?? {}).flatMap(([name, attribute]) => {
        if (attribute.type === 'dynamiczone') return [[name, true]];
        if (attribute.type !== 'component' || !attribute.component) return [];
        const nested = of(
          strapi.components[attribute.component as keyof typeof strapi.components] as unknown as Schema,
        );
        return [[name, Object.keys(nested).length > 0 ? { populate: nested } : true]];
      }),
    );
  return of(strapi.getModel(uid as never) as unknown as Schema | undefined);
};
