import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldValidationError, readableValidationError } from '../readable-errors';
import { duplicateSlugMessage, httpsOnlyMessage } from '../messages';

// Just the schema lookups readable-errors uses.
const strapi = {
  getModel: (uid: string) =>
    ({
      'api::article.article': {
        uid: 'api::article.article',
        info: { displayName: 'News article' },
        attributes: { title: { type: 'string' }, slug: { type: 'uid' } },
      },
      'api::partner-project.partner-project': {
        uid: 'api::partner-project.partner-project',
        info: { displayName: 'Partner project' },
        attributes: {
          slug: { type: 'uid' },
          partners: { type: 'component', component: 'partners.organisation' },
        },
      },
      'api::resource.resource': {
        uid: 'api::resource.resource',
        info: { displayName: 'Resource' },
        attributes: { externalUrl: { type: 'string' } },
      },
    })[uid],
  components: {
    'partners.organisation': {
      uid: 'partners.organisation',
      attributes: { url: { type: 'string' } },
    },
  },
} as unknown as Core.Strapi;

const yupError = (items: Array<{ path: string[]; message: string; value?: unknown }>) =>
  new errors.ValidationError(items[0]?.message ?? 'Validation', {
    errors: items.map((item) => ({ ...item, name: 'ValidationError' })),
  });

const unique = { path: ['slug'], message: 'This attribute must be unique', value: 'court-ruling' };
const partnerUrl = { path: ['partners', '1', 'url'], message: 'partners[1].url must be a web address' };

describe('readableValidationError', () => {
  it('explains a duplicate slug with the type name and the address', () => {
    const error = readableValidationError(
      strapi,
      'api::article.article',
      yupError([unique]),
    ) as errors.ValidationError;
    expect(error).toBeInstanceOf(errors.ValidationError);
    expect(error.message).toBe(
      "Another news article already uses the web address 'court-ruling'. Change the slug.",
    );
    expect(error.details).toEqual({
      errors: [
        { ...unique, name: 'ValidationError', message: duplicateSlugMessage('news article', 'court-ruling') },
      ],
    });
  });

  it('explains a duplicate slug inside a repeatable component by its path', () => {
    const error = readableValidationError(
      strapi,
      'api::partner-project.partner-project',
      yupError([unique, partnerUrl]),
    ) as errors.ValidationError;
    expect(error.message).toBe(
      "Another partner project already uses the web address 'court-ruling'. Change the slug. partners[1].url must be a web address",
    );
    expect((error.details as { errors: Array<{ path: string[] }> }).errors[1]?.path).toEqual([
      'partners',
      '1',
      'url',
    ]);
  });

  it('joins several problems into one notification, each still beside its field', () => {
    const field = (path: string[], message: string) => ({ path, message, name: 'ValidationError' as const });
    const three = ['a', 'b', 'c'].map((name) => field([name], `${name} is wrong.`));
    expect(fieldValidationError(three).message).toBe('a is wrong. b is wrong. c is wrong.');
    const error = fieldValidationError([...three, field(['d'], 'd is wrong.'), field(['e'], 'a is wrong.')]);
    expect(error.message).toBe('a is wrong. b is wrong. c is wrong. (and 1 more problems)');
    expect((error.details as { errors: unknown[] }).errors).toHaveLength(5);
    expect(httpsOnlyMessage('api::resource.resource.externalUrl')).toBe(
      'External links must start with https://',
    );
  });

  it('returns anything it cannot improve unchanged', () => {
    const required = yupError([{ path: ['title'], message: 'title must be defined.' }]);
    expect(readableValidationError(strapi, 'api::article.article', required)).toBe(required);
    const unknownPath = yupError([{ path: ['nope'], message: 'This attribute must be unique' }]);
    expect(readableValidationError(strapi, 'api::article.article', unknownPath)).toBe(unknownPath);
    const other = new Error('database down');
    expect(readableValidationError(strapi, 'api::article.article', other)).toBe(other);
    const noDetails = new errors.ValidationError('Invalid status');
    expect(readableValidationError(strapi, 'api::article.article', noDetails)).toBe(noDetails);
  });
});
