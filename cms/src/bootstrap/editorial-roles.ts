import type { Core } from '@strapi/strapi';
import { SITE_LOCALES, type SiteContentType } from '../content/site-content-types';

/** The content manager's per-entry actions (plugin::content-manager.explorer.<action>). */
type ContentAction = 'create' | 'read' | 'update' | 'delete' | 'publish';
/** Media library actions (plugin::upload.<action>); delete is part of assets.update. */
type MediaAction =
  'read' | 'assets.create' | 'assets.update' | 'assets.download' | 'assets.copy-link' | 'configure-view';

/** Site content, and the editors' redirects (not content of the site, but managed beside it). */
type EditorialType = SiteContentType | 'api::redirect.redirect';

export type EditorialRole = {
  /** Stable key the role is found by, so renaming it in code renames it in the CMS. */
  code: string;
  name: string;
  description: string;
  content: ReadonlyArray<{ types: readonly EditorialType[]; actions: readonly ContentAction[] }>;
  media: readonly MediaAction[];
};

const MANAGE: readonly ContentAction[] = ['create', 'read', 'update', 'delete', 'publish'];
const READ_ONLY: readonly ContentAction[] = ['read'];

/**
 * The two editorial roles, as code: the CMS brings its roles in line with this list at every
 * start. Neither includes any settings, users, roles, API token or webhook permission.
 */
export const EDITORIAL_ROLES: readonly EditorialRole[] = [
  {
    code: 'charity-communications',
    name: 'Communications',
    description:
      'Writes and publishes news, events, tributes, partner projects, pages and glossary terms, manages redirects, and uploads images. Reads resources.',
    content: [
      {
        types: [
          'api::article.article',
          'api::tribute.tribute',
          'api::partner-project.partner-project',
          'api::page.page',
          'api::glossary-term.glossary-term',
          'api::event.event',
        ],
        actions: MANAGE,
      },
      // Read-only, so news and projects can link to resources and be filed under topics.
      { types: ['api::resource.resource', 'api::topic.topic', 'api::audience.audience'], actions: READ_ONLY },
      // Redirects have no drafts: saved is live at the next build.
      { types: ['api::redirect.redirect'], actions: ['create', 'read', 'update', 'delete'] },
    ],
    media: ['read', 'assets.create'],
  },
  {
    code: 'charity-resource-editor',
    name: 'Resource editor',
    description:
      'Uploads and maintains resources, topics, audiences and the directory of services, and manages the media library. Reads news.',
    content: [
      { types: ['api::resource.resource', 'api::topic.topic', 'api::audience.audience'], actions: MANAGE },
      { types: ['api::organization.organization', 'api::service.service'], actions: MANAGE },
      { types: ['api::article.article'], actions: READ_ONLY },
    ],
    media: [
      'read',
      'assets.create',
      'assets.update',
      'assets.download',
      'assets.copy-link',
      'configure-view',
    ],
  },
];

type Permission = {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
};
type RegisteredAction = { actionId: string; subjects?: string[]; options?: unknown };
type ActionProvider = {
  get: (actionId: string) => RegisteredAction | undefined;
  appliesToProperty: (property: string, actionId: string, subject: string) => Promise<boolean>;
};
type RoleRow = { id: number; code: string; name: string; description?: string | null };
type RoleService = {
  create: (attributes: Record<string, unknown>) => Promise<RoleRow>;
  update: (where: Record<string, unknown>, attributes: Record<string, unknown>) => Promise<unknown>;
  assignPermissions: (roleId: number, permissions: Permission[]) => Promise<unknown>;
};
type ContentTypeService = {
  getPermissionsWithNestedFields: (actions: RegisteredAction[]) => Permission[];
};

const SITE_LOCALE_CODES = SITE_LOCALES.map((locale) => locale.code);

/**
 * Content-manager permissions for `types`: every field of the type, nested component fields
 * included (Strapi derives them from the schema, so a field added later is covered at the
 * next start), in every site locale.
 */
const contentPermissions = async (
  strapi: Core.Strapi,
  types: readonly string[],
  actions: readonly ContentAction[],
): Promise<Permission[]> => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as {
    actionProvider: ActionProvider;
  };
  const contentTypes = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const permissions: Permission[] = [];
  for (const action of actions) {
    const actionId = `plugin::content-manager.explorer.${action}`;
    const registered = actionProvider.get(actionId);
    if (!registered) throw new Error(`[editorial-roles] unknown admin action ${actionId}`);
    const subjects = (registered.subjects ?? []).filter((subject) => types.includes(subject));
    for (const permission of contentTypes.getPermissionsWithNestedFields([{ ...registered, subjects }])) {
      const subject = permission.subject ?? '';
      const localized = await actionProvider.appliesToProperty('locales', actionId, subject);
      permissions.push({
        ...permission,
        properties: { ...permission.properties, ...(localized ? { locales: [...SITE_LOCALE_CODES] } : {}) },
        conditions: [],
      });
    }
  }
  return permissions;
};

/** Every permission a role should have, built from its definition. */
export const rolePermissions = async (strapi: Core.Strapi, role: EditorialRole): Promise<Permission[]> => {
  const content = await Promise.all(
    role.content.map(({ types, actions }) => contentPermissions(strapi, types, actions)),
  );
  const media = role.media.map((action) => ({
    action: `plugin::upload.${action}`,
    subject: null,
    conditions: [],
  }));
  return [...content.flat(), ...media];
};

/** Finds the role by code; adopts a hand-made role of the same name rather than failing on it. */
const findOrCreateRole = async (strapi: Core.Strapi, definition: EditorialRole): Promise<RoleRow> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const query = strapi.db.query('admin::role');
  const existing = ((await query.findOne({ where: { code: definition.code } })) ??
    (await query.findOne({ where: { name: definition.name } }))) as RoleRow | null;
  if (!existing) {
    strapi.log.info(`[editorial-roles] created the "${definition.name}" role`);
    return roles.create({
      name: definition.name,
      code: definition.code,
      description: definition.description,
    });
  }
  if (
    existing.code !== definition.code ||
    existing.name !== definition.name ||
    existing.description !== definition.description
  ) {
    // The role service never changes a code, so the row is updated directly.
    await query.update({
      where: { id: existing.id },
      data: { code: definition.code, name: definition.name, description: definition.description },
    });
  }
  return existing;
};

/**
 * Creates the editorial admin roles, or brings existing ones up to date. assignPermissions
 * compares with what the role has and only adds or removes the difference, so a restart with
 * unchanged code touches nothing and never duplicates a role or a permission.
 */
export const ensureEditorialRoles = async (
  strapi: Core.Strapi,
  definitions: readonly EditorialRole[] = EDITORIAL_ROLES,
): Promise<void> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  for (const definition of definitions) {
    const role = await findOrCreateRole(strapi, definition);
    await roles.assignPermissions(role.id, await rolePermissions(strapi, definition));
  }
};
