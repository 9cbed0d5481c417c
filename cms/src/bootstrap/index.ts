import type { Core } from '@strapi/strapi';
import { ensureLocales } from './locales';
import { ensureBuildToken } from './build-token';
import { ensureFirstAdmin } from './first-admin';
import { lockDownVisitorRoles } from './public-role';
import { ensureEditorialRoles } from './editorial-roles';
import { ensureRebuildWebhook } from './rebuild-webhook';

/** Start-up work, each step idempotent and awaited in order. */
export const bootstrap = async (strapi: Core.Strapi): Promise<void> => {
  await lockDownVisitorRoles(strapi);
  await ensureLocales(strapi);
  await ensureBuildToken(strapi);
  await ensureFirstAdmin(strapi);
  await ensureEditorialRoles(strapi);
  await ensureRebuildWebhook(strapi);
};
