import type { Core } from '@strapi/strapi';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** The users-permissions roles anyone could act as: visitors, and accounts they could create. */
export const VISITOR_ROLE_TYPES = ['public', 'authenticated'] as const;

type AdvancedSettings = Record<string, unknown> & { allow_register?: boolean };

/**
 * The site has no visitor accounts and reads content only with the build token, so the
 * users-permissions Public and Authenticated roles get no rights at all, and registration is
 * off. users-permissions re-creates its default grants (auth.register, auth.forgotPassword,
 * ...) whenever its permission table is empty, so this runs at every start-up, after the
 * plugin's own bootstrap and before the server listens.
 */
export const lockDownVisitorRoles = async (strapi: Core.Strapi): Promise<void> => {
  const roles = (await strapi.db.query(ROLE_UID).findMany({
    where: { type: { $in: [...VISITOR_ROLE_TYPES] } },
    select: ['id', 'type'],
  })) as Array<{ id: number; type: string }>;
  if (roles.length > 0) {
    // Look the rows up first: a delete filtered through the role relation needs a join,
    // which not every database accepts in a DELETE.
    const granted = (await strapi.db.query(PERMISSION_UID).findMany({
      where: { role: { id: { $in: roles.map((role) => role.id) } } },
      select: ['id'],
    })) as Array<{ id: number }>;
    if (granted.length > 0) {
      await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: granted.map((p) => p.id) } } });
      // Expected on every start (see above), so only worth a debug line.
      strapi.log.debug(`[public-role] removed ${granted.length} visitor permissions`);
    }
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as AdvancedSettings;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    strapi.log.info('[public-role] turned off visitor registration');
  }
};
