/**
 * Writes the root .env on first run: every variable from .env.example, with fresh random
 * secrets and a first administrator. On later runs it only adds variables that are missing
 * (for example after an upgrade adds one) and never changes a value that is already set.
 * Usage: node scripts/ensure-env.ts [path-to-.env]
 */
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const envPath = path.resolve(process.argv[2] ?? path.join(root, '.env'));
const examplePath = path.join(root, '.env.example');

const secret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Strapi's admin password rule: 8+ characters with a lower case letter, an upper case letter and a digit. */
const adminPassword = (): string => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const body = Array.from({ length: 18 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${body}Aa7`;
};

const generated: Record<string, () => string> = {
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
  BACKUP_ENCRYPTION_KEY: () => secret(),
  ADMIN_EMAIL: () => 'admin@example.org',
  ADMIN_PASSWORD: adminPassword,
};

type Line = { key?: string; raw: string };
const parse = (text: string): Line[] =>
  text.split('\n').map((raw) => {
    const match = /^([A-Z][A-Z0-9_]*)=/.exec(raw);
    return match ? { key: match[1], raw } : { raw };
  });

const valueOf = (raw: string): string => raw.slice(raw.indexOf('=') + 1).trim();

const example = parse(readFileSync(examplePath, 'utf8'));
const firstRun = !existsSync(envPath);
const current = firstRun ? [] : parse(readFileSync(envPath, 'utf8'));
const present = new Map(current.filter((l) => l.key).map((l) => [l.key as string, valueOf(l.raw)]));

const added: string[] = [];
const out: string[] = firstRun
  ? ['# Written by `npm start` (scripts/ensure-env.ts). Secrets for this machine only: never commit.', '']
  : current.map((l) => l.raw).filter((raw, i, all) => i < all.length - 1 || raw !== '');
// The example's opening comment block is about the example itself; the rest documents each variable.
const headerLength = example.findIndex((l) => l.raw.trim() === '');
for (const [index, line] of example.entries()) {
  if (!line.key) {
    if (firstRun && index > headerLength) out.push(line.raw);
    continue;
  }
  const existing = present.get(line.key);
  const makeValue = generated[line.key];
  if (existing !== undefined && !(makeValue && existing === '')) continue;
  const value = makeValue ? makeValue() : valueOf(line.raw);
  if (existing !== undefined) {
    const index = out.findIndex((raw) => raw.startsWith(`${line.key}=`));
    out[index] = `${line.key}=${value}`;
  } else {
    out.push(`${line.key}=${value}`);
  }
  added.push(line.key);
}

if (added.length > 0) {
  const tmp = `${envPath}.tmp-${process.pid}`;
  writeFileSync(
    tmp,
    `${out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`,
    { mode: 0o600 },
  );
  renameSync(tmp, envPath);
}

if (firstRun) {
  const env = new Map(
    parse(readFileSync(envPath, 'utf8'))
      .filter((l) => l.key)
      .map((l) => [l.key as string, valueOf(l.raw)]),
  );
  console.log(`Created ${path.relative(process.cwd(), envPath) || '.env'} with fresh secrets.`);
  console.log(`First administrator (also kept in .env as ADMIN_EMAIL / ADMIN_PASSWORD):`);
  console.log(`  email:    ${env.get('ADMIN_EMAIL')}`);
  console.log(`  password: ${env.get('ADMIN_PASSWORD')}`);
} else if (added.length > 0) {
  console.log(`Added to .env: ${added.join(', ')}`);
}
