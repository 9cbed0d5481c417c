import type { Core } from '@strapi/strapi';

/**
 * The one narrow exception to "drafts never reach the content API": the preview server's own API
 * token (bootstrap/preview-token.ts) may read drafts, and only read. It is known by what Strapi
 * authenticated, never by anything the caller says: the request was authenticated with the
 * API-token strategy and its credentials are the token row whose id the CMS recorded when it made
 * that token from PREVIEW_API_TOKEN. The build token, any other token, a users-permissions user
 * and a visitor are other credentials, and an admin route is not the content API.
 */
const previewTokens = new WeakMap<Core.Strapi, number>();

export const rememberPreviewToken = (strapi: Core.Strapi, id: number | undefined): void => {
  if (id === undefined) previewTokens.delete(strapi);
  else previewTokens.set(strapi, id);
};

type AuthState = { auth?: { strategy?: { name?: string }; credentials?: { id?: unknown } } };

/** True while Strapi serves a request authenticated with the preview token. */
export const isPreviewCredential = (strapi: Core.Strapi): boolean => {
  const id = previewTokens.get(strapi);
  if (id === undefined) return false;
  const auth = (strapi.requestContext.get() as { state?: AuthState } | undefined)?.state?.auth;
  return auth?.strategy?.name === 'content-api-token' && auth.credentials?.id === id;
};
