import type { Core } from '@strapi/strapi';
import { COLLECTION_TYPES, SINGLE_TYPES } from '../content/site-content-types';

/** Read actions only: reading the site's content needs nothing else. */
export const siteReadPermissions = (): string[] => [
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

export type ReadToken = { name: string; description: string; value: string; log: string };

/**
 * Creates (or brings up to date) a read-only API token whose value comes from the environment, so
 * the CMS and the process that uses it share it without anyone copying it by hand; Strapi stores
 * only its hash (and the encrypted value, for the admin's "view token"). Returns the token's id.
 */
export const ensureReadToken = async (
  strapi: Core.Strapi,
  { name, description, value, log }: ReadToken,
): Promise<number> => {
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const permissions = siteReadPermissions();
  const query = strapi.db.query('admin::api-token');

  let token = (await query.findOne({ where: { name }, populate: ['permissions'] })) as TokenRow | null;
  if (!token) {
    token = (await tokens.create({
      name,
      description,
      type: 'custom',
      lifespan: null,
      permissions,
    })) as TokenRow;
    strapi.log.info(`[${log}] created the ${name} token`);
  } else {
    const current = new Set((token.permissions ?? []).map((p) => p.action));
    const same = current.size === permissions.length && permissions.every((p) => current.has(p));
    if (!same) {
      await tokens.update(token.id, { type: 'custom', permissions });
      strapi.log.info(`[${log}] updated the ${name} token permissions`);
    }
  }
  const hashed = tokens.hash(value);
  if (token.accessKey !== hashed) {
    await query.update({
      where: { id: token.id },
      data: { accessKey: hashed, encryptedKey: encryption.encrypt(value) },
    });
  }
  return token.id;
};
