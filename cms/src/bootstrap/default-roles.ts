import type { Core } from '@strapi/strapi';

/** The roles Strapi creates beside Super Admin on a fresh database; ours replace them. */
export const STRAPI_DEFAULT_ROLE_CODES = ['strapi-editor', 'strapi-author'] as const;

type RoleRow = { id: number; name: string };
type RoleService = {
  getUsersCount: (roleId: number) => Promise<number>;
  deleteByIds: (ids: number[]) => Promise<unknown>;
};

/**
 * Removes Strapi's default "Editor" and "Author" roles, so editors are given only our two
 * (Communications, Resource editor) or Super Admin. Never locks anyone out: a default role that
 * someone still has is kept, with a warning naming it, until they are given one of ours. Moving
 * them automatically would change what a person may do without anyone deciding it (the default
 * Editor may edit every type; neither of ours may). Idempotent: Strapi creates its roles only
 * while there are none, so a removed role stays removed.
 */
export const removeStrapiDefaultRoles = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const defaults = (await strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $in: [...STRAPI_DEFAULT_ROLE_CODES] } } })) as RoleRow[];
  for (const role of defaults) {
    const users = await roles.getUsersCount(role.id);
    if (users > 0) {
      strapi.log.warn(
        `[editorial-roles] kept Strapi's default "${role.name}" role: ${users} administrator(s) still have it. ` +
          'Give them the Communications or Resource editor role (Settings → Users); it is removed at the next start.',
      );
      continue;
    }
    await roles.deleteByIds([role.id]);
    strapi.log.info(`[editorial-roles] removed Strapi's default "${role.name}" role`);
  }
};
