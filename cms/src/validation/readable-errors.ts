import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { duplicateSlugMessage, tooLongMessage } from './messages';

type Attribute = { type: string; component?: string };
type Schema = { uid: string; attributes: Record<string, Attribute>; info?: { displayName?: string } };
export type FieldError = { path: string[]; message: string; name?: string; value?: unknown };

/** The attribute a validation error's path points at, and the schema (type or component) owning it. */
const resolvePath = (
  strapi: Core.Strapi,
  uid: string,
  path: readonly string[],
): { owner: Schema; attribute: Attribute; name: string } | undefined => {
  let owner = strapi.getModel(uid as never) as unknown as Schema | undefined;
  let found: { owner: Schema; attribute: Attribute; name: string } | undefined;
  for (const segment of path) {
    if (/^\d+$/.test(segment)) continue; // an index into a repeatable component
    const attribute = owner?.attributes[segment];
    if (!owner || !attribute) return undefined;
    found = { owner, attribute, name: segment };
    owner =
      attribute.type === 'component' && attribute.component
        ? (strapi.components[attribute.component as keyof typeof strapi.components] as unknown as Schema)
        : undefined;
  }
  return found;
};

// Strapi 5.54's entity validator: yup's `unique` test and `max` (maxLength) messages.
const UNIQUE_MESSAGE = 'This attribute must be unique';
const MAX_LENGTH_MESSAGE = / must be at most (\d+) characters$/;

/** One field error in an editor's words, or the original when there is nothing better to say. */
export const readableFieldError = (strapi: Core.Strapi, uid: string, error: FieldError): FieldError => {
  const target = resolvePath(strapi, uid, error.path);
  if (!target) return error;
  if (target.attribute.type === 'uid' && error.message === UNIQUE_MESSAGE) {
    const typeLabel = (strapi.getModel(uid as never) as unknown as Schema).info?.displayName ?? 'entry';
    return { ...error, message: duplicateSlugMessage(typeLabel.toLowerCase(), String(error.value ?? '')) };
  }
  const max = MAX_LENGTH_MESSAGE.exec(error.message)?.[1];
  if (max !== undefined && typeof error.value === 'string') {
    return { ...error, message: tooLongMessage(Number(max), error.value.length) };
  }
  return error;
};

const fieldErrorsOf = (error: errors.ValidationError): FieldError[] | undefined => {
  const list = (error.details as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(list) ? (list as FieldError[]) : undefined;
};

/**
 * One ValidationError for a list of field errors: its message (the admin's notification) says the
 * first few problems, and each error sits beside its field (the admin matches them by path).
 */
export const fieldValidationError = (
  fieldErrors: readonly FieldError[],
  details: Record<string, unknown> = {},
): errors.ValidationError => {
  const messages = [...new Set(fieldErrors.map((fieldError) => fieldError.message))];
  const message =
    messages.length <= 3
      ? messages.join(' ')
      : `${messages.slice(0, 3).join(' ')} (and ${messages.length - 3} more problems)`;
  return new errors.ValidationError(message, { ...details, errors: fieldErrors });
};

/**
 * Rewrites Strapi's validation error for a document of `uid` so the admin shows readable
 * words both in its notification (the message) and beside each field (details.errors, which
 * the admin matches to fields by path). Anything else is returned unchanged.
 */
export const readableValidationError = (strapi: Core.Strapi, uid: string, error: unknown): unknown => {
  if (!(error instanceof errors.ValidationError)) return error;
  const fieldErrors = fieldErrorsOf(error);
  if (!fieldErrors || fieldErrors.length === 0) return error;
  const readable = fieldErrors.map((fieldError) => readableFieldError(strapi, uid, fieldError));
  if (readable.every((fieldError, index) => fieldError === fieldErrors[index])) return error;
  return fieldValidationError(readable, error.details as Record<string, unknown>);
};
