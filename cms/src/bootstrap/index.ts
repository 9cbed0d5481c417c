import type { Core } from '@strapi/strapi';
import { ensureLocales } from './locales';
import { ensureBuildToken } from './build-token';
import { ensurePreviewToken } from './preview-token';
import { ensureFirstAdmin } from './first-admin';
import { lockDownVisitorRoles } from './public-role';
import { ensureEditorialRoles } from './editorial-roles';
import { removeStrapiDefaultRoles } from './default-roles';
import { ensureRebuildWebhook } from './rebuild-webhook';
import { startScheduler } from '../scheduling/scheduler';

/** Start-up work, each step idempotent and awaited in order. */
export const bootstrap = async (strapi: Core.Strapi): Promise<void> => {
  await lockDownVisitorRoles(strapi);
  await ensureLocales(strapi);
  await ensureBuildToken(strapi);
  await ensurePreviewToken(strapi);
  await ensureFirstAdmin(strapi);
  await ensureEditorialRoles(strapi);
  await removeStrapiDefaultRoles(strapi);
  await ensureRebuildWebhook(strapi);
  // Last: its catch-up pass publishes through the webhook registered just above.
  await startScheduler(strapi);
};
