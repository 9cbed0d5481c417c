/**
 * What of the CMS's configuration an archive may carry, on the way out and on the way back in.
 * Webhooks never: they hold the shared secret the CMS sends the rebuild service, and each
 * instance registers its own from WEBHOOK_URL and WEBHOOK_SECRET at start-up. Credentials kept in
 * the core store (e.g. a login provider's client secret) are blanked. Applied to the export and
 * again to the import, so an archive made before this rule cannot bring either back.
 */

/** A configuration item as Strapi's transfer engine streams it. */
export type ConfigurationItem = { type: string; value: unknown };

/** Setting names whose string value is a credential, compared without case, `_` or `-`. */
const CREDENTIAL_NAMES = new Set([
  'secret',
  'clientsecret',
  'password',
  'token',
  'accesstoken',
  'refreshtoken',
  'apikey',
  'privatekey',
]);
const isCredentialName = (name: string): boolean =>
  CREDENTIAL_NAMES.has(name.toLowerCase().replace(/[_-]/g, ''));

/** `value` with every non-empty string under a credential's name replaced by an empty string. */
export const blankCredentials = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(blankCredentials);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name,
      typeof inner === 'string' && inner !== '' && isCredentialName(name) ? '' : blankCredentials(inner),
    ]),
  );
};

export const keepsConfigurationItem = (item: ConfigurationItem): boolean => item.type !== 'webhook';

/** A core store row's credentials blanked (its `value` is the setting, parsed). */
export const withoutCredentials = (item: ConfigurationItem): ConfigurationItem => {
  if (item.type !== 'core-store' || item.value === null || typeof item.value !== 'object') return item;
  const row = item.value as { value?: unknown };
  return { ...item, value: { ...row, value: blankCredentials(row.value) } };
};
