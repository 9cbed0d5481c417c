/**
 * Production secrets for start:prod. Any that is set neither in the environment nor in the
 * settings file is generated once and appended to that file (mode 0600, git-ignored by `.env.*`),
 * so the next start reuses it. A value that is set but weak is never replaced: the CMS and the
 * rebuild service refuse it at start-up and name it (replacing ENCRYPTION_KEY would lose data).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';

const secret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Strapi's admin password rule: 8+ characters with a lower case letter, an upper case letter and a digit. */
const adminPassword = (): string => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return `${Array.from({ length: 18 }, () => alphabet[randomInt(alphabet.length)]).join('')}Aa7`;
};

const GENERATORS: Readonly<Record<string, () => string>> = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: () => secret(),
  ADMIN_JWT_SECRET: () => secret(),
  TRANSFER_TOKEN_SALT: () => secret(),
  JWT_SECRET: () => secret(),
  ENCRYPTION_KEY: () => secret(),
  BUILD_API_TOKEN: () => randomBytes(48).toString('hex'),
  WEBHOOK_SECRET: () => randomBytes(32).toString('hex'),
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
  PREVIEW_API_TOKEN: () => randomBytes(48).toString('hex'),
  // The first administrator, created by the CMS only while it has none.
  ADMIN_EMAIL: () => 'admin@example.org',
  ADMIN_PASSWORD: adminPassword,
};

/** Generates what is missing into `file`; returns the names it wrote (empty when none was missing). */
export const ensureSecrets = (
  file: string,
  present: Readonly<Record<string, string | undefined>>,
): string[] => {
  const missing = Object.keys(GENERATORS).filter((name) => !present[name]?.trim());
  if (missing.length === 0) return [];
  const lines = missing.map((name) => `${name}=${(GENERATORS[name] as () => string)()}`);
  const header = existsSync(file)
    ? ''
    : '# start:prod settings and secrets (scripts/prod/secrets.ts). This machine only: never commit.\n' +
      '# Any setting of scripts/prod/env.ts or of the CMS may be added here; the environment wins.\n';
  const block = `${header}# Generated ${new Date().toISOString()}\n${lines.join('\n')}\n`;
  if (existsSync(file)) appendFileSync(file, `\n${block}`, { mode: 0o600 });
  else writeFileSync(file, block, { mode: 0o600, flag: 'wx' });
  return missing;
};
