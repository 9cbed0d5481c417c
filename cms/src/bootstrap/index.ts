import type { Core } from '@strapi/strapi';
import { ensureLocales } from './locales';
import { ensureBuildToken } from './build-token';
import { ensureFirstAdmin } from './first-admin';

/** Start-up work, each step idempotent and awaited in order. */
export const bootstrap = async (strapi: Core.Strapi): Promise<void> => {
  await ensureLocales(strapi);
  await ensureBuildToken(strapi);
  await ensureFirstAdmin(strapi);
};
