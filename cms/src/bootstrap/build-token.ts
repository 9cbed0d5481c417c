import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { COLLECTION_TYPES, SINGLE_TYPES } from '../content/site-content-types';

export const BUILD_TOKEN_NAME = 'Website build (read-only)';

/** Read actions only: the site build needs nothing else. */
export const buildTokenPermissions = (): string[] => [
  ...COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...SINGLE_TYPES.map((uid) => `${uid}.find`),
  'plugin::upload.content-api.find',
  'plugin::upload.content-api.findOne',
  'plugin::i18n.locales.listLocales',
];

type TokenRow = { id: number; accessKey: string; permissions?: Array<{ action: string }> };
type TokenService = {
  create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
  update: (id: number, attributes: Record<string, unknown>) => Promise<unknown>;
  hash: (accessKey: string) => string;
};
type EncryptionService = { encrypt: (value: string) => string };

/**
 * Creates (or brings up to date) the read-only API token the site build uses. Its value comes
 * from BUILD_API_TOKEN so the build and the CMS share it without anyone copying it by hand;
 * Strapi stores only its hash (and the encrypted value, for the admin's "view token").
 */
export const ensureBuildToken = async (strapi: Core.Strapi): Promise<void> => {
  const value = cmsEnv().BUILD_API_TOKEN;
  if (!value) {
    strapi.log.warn('[build-token] BUILD_API_TOKEN is not set: the site cannot be built from this CMS');
    return;
  }
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const permissions = buildTokenPermissions();
  const query = strapi.db.query('admin::api-token');

  let token = (await query.findOne({
    where: { name: BUILD_TOKEN_NAME },
    populate: ['permissions'],
  })) as TokenRow | null;
  if (!token) {
    token = (await tokens.create({
      name: BUILD_TOKEN_NAME,
      description: 'Used by the static site build. Read-only; managed by the CMS at start-up.',
      type: 'custom',
      lifespan: null,
      permissions,
    })) as TokenRow;
    strapi.log.info('[build-token] created the read-only website build token');
  } else {
    const current = new Set((token.permissions ?? []).map((p) => p.action));
    const same = current.size === permissions.length && permissions.every((p) => current.has(p));
    if (!same) {
      await tokens.update(token.id, { type: 'custom', permissions });
      strapi.log.info('[build-token] updated the website build token permissions');
    }
  }
  const hashed = tokens.hash(value);
  if (token.accessKey !== hashed) {
    await query.update({
      where: { id: token.id },
      data: { accessKey: hashed, encryptedKey: encryption.encrypt(value) },
    });
  }
};
