import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { ensureReadToken, siteReadPermissions } from './read-token';

export const BUILD_TOKEN_NAME = 'Website build (read-only)';

/** Read actions only: the site build needs nothing else. */
export const buildTokenPermissions = siteReadPermissions;

/** The read-only API token the site build uses, valued BUILD_API_TOKEN. */
export const ensureBuildToken = async (strapi: Core.Strapi): Promise<void> => {
  const value = cmsEnv().BUILD_API_TOKEN;
  if (!value) {
    strapi.log.warn('[build-token] BUILD_API_TOKEN is not set: the site cannot be built from this CMS');
    return;
  }
  await ensureReadToken(strapi, {
    name: BUILD_TOKEN_NAME,
    description: 'Used by the static site build. Read-only; managed by the CMS at start-up.',
    value,
    log: 'build-token',
  });
};
