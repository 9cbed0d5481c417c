import type { Core } from '@strapi/strapi';
import { SITE_CONTENT_TYPES } from '../content/site-content-types';
import { componentPopulate, fieldProblems } from './field-problems';
import { fieldValidationError, type FieldError } from './readable-errors';
import { localeWhere, type DocumentParams } from './resource-needs-file';

const isSiteType = (uid: string): boolean => (SITE_CONTENT_TYPES as readonly string[]).includes(uid);

/**
 * Refuses a write whose fields break the site's rules (field-problems.ts), beside each field:
 * the data a create, update or clone writes, and for a publish the saved drafts it would make
 * public (a draft saved before these rules, or by a restore, is caught there).
 */
export const checkFields = async (
  strapi: Core.Strapi,
  action: string,
  uid: string,
  params: DocumentParams,
): Promise<void> => {
  if (!isSiteType(uid)) return;
  let problems: FieldError[] = [];
  if (action === 'publish' && params.documentId) {
    const drafts = (await strapi.db.query(uid as never).findMany({
      where: {
        documentId: params.documentId,
        publishedAt: null,
        ...(await localeWhere(strapi, params.locale)),
      },
      populate: componentPopulate(strapi, uid),
    })) as unknown[];
    problems = drafts.flatMap((draft) => fieldProblems(strapi, uid, draft));
  } else if (params.data) {
    problems = fieldProblems(strapi, uid, params.data);
  }
  if (problems.length > 0) throw fieldValidationError(problems);
};
