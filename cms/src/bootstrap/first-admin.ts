import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';

type AdminUserService = { create: (attributes: Record<string, unknown>) => Promise<unknown> };
type AdminRoleService = { getSuperAdmin: () => Promise<{ id: number } | null> };

/**
 * Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD when the CMS has none,
 * so a fresh install (npm start, or a new server) never shows an open registration page.
 * Once any administrator exists this does nothing: it never resets a password.
 */
export const ensureFirstAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = cmsEnv();
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
  const count = await strapi.db.query('admin::user').count();
  if (count > 0) return;
  const superAdmin = await (strapi.service('admin::role') as unknown as AdminRoleService).getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing: the admin panel did not initialise');
  await (strapi.service('admin::user') as unknown as AdminUserService).create({
    email: ADMIN_EMAIL,
    firstname: 'Site',
    lastname: 'Administrator',
    password: ADMIN_PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[first-admin] created the first administrator ${ADMIN_EMAIL}`);
};
