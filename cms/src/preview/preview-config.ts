/**
 * Strapi's Preview (config/admin.ts `preview`): the admin opens a signed, short-lived link to our
 * preview server for the entry, language and tab (draft or published) on screen. Off while
 * PREVIEW_URL is unset; a type that is not previewable gets no link (no Preview button).
 */
import type { Core } from '@strapi/strapi';
import type { CmsEnv } from '../env';
import { DEFAULT_LOCALE } from '../content/site-content-types';
import { isPreviewable } from './previewable-types';
import { signedPreviewUrl } from './signed-link';

type Preview = NonNullable<Core.Config.Admin['preview']>;

/** Off: no link for anything (the admin then shows no Preview button). */
const OFF: Preview = { enabled: false, config: { handler: () => null } };

export const previewConfig = (
  env: Pick<CmsEnv, 'PREVIEW_URL' | 'PREVIEW_SECRET' | 'PREVIEW_LINK_TTL_SECONDS'>,
): Preview => {
  const { PREVIEW_URL: baseUrl, PREVIEW_SECRET: secret, PREVIEW_LINK_TTL_SECONDS: ttlSeconds } = env;
  if (!baseUrl || !secret) return OFF;
  return {
    enabled: true,
    config: {
      // Strapi adds these to the admin's CSP frame-src: the admin frames nothing else.
      allowedOrigins: [new URL(baseUrl).origin],
      handler: (uid, { documentId, locale, status }) => {
        if (!isPreviewable(uid) || !documentId) return null;
        return signedPreviewUrl(
          baseUrl,
          {
            uid,
            documentId,
            // Strapi may leave the locale out (strapi/strapi#23450): the default language then.
            locale: locale || DEFAULT_LOCALE,
            status: status === 'published' ? 'published' : 'draft',
          },
          { secret, ttlSeconds },
        );
      },
    },
  };
};
