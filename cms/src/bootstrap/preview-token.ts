import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { rememberPreviewToken } from '../policies/drafts/preview-credential';
import { ensureReadToken } from './read-token';

export const PREVIEW_TOKEN_NAME = 'Draft preview (read-only, drafts)';

/**
 * The preview server's read-only token, valued PREVIEW_API_TOKEN: the one credential the document
 * layer lets read drafts (policies/drafts/preview-credential.ts). Created only while the preview is
 * on; with it off, a token of that name left from before is deleted, so nothing can read drafts.
 */
export const ensurePreviewToken = async (strapi: Core.Strapi): Promise<void> => {
  const { PREVIEW_URL, PREVIEW_API_TOKEN } = cmsEnv();
  if (!PREVIEW_URL || !PREVIEW_API_TOKEN) {
    const left = (await strapi.db
      .query('admin::api-token')
      .findOne({ where: { name: PREVIEW_TOKEN_NAME } })) as {
      id: number;
    } | null;
    if (left) {
      const tokens = strapi.service('admin::api-token-content-api') as unknown as {
        revoke: (id: number) => Promise<unknown>;
      };
      await tokens.revoke(left.id);
      strapi.log.info('[preview-token] the preview is off (no PREVIEW_URL): deleted its token');
    }
    rememberPreviewToken(strapi, undefined);
    return;
  }
  const id = await ensureReadToken(strapi, {
    name: PREVIEW_TOKEN_NAME,
    description:
      'Used by the draft preview server only: reads drafts for editors\u2019 previews. Read-only; managed by the CMS at start-up.',
    value: PREVIEW_API_TOKEN,
    log: 'preview-token',
  });
  rememberPreviewToken(strapi, id);
};
