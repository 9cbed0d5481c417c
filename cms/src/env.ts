/**
 * The CMS's one view of its environment, validated with zod.
 * Config files and bootstrap modules read settings from here, never from process.env,
 * so a missing or placeholder secret is reported once, by name, before Strapi starts.
 */
import { z } from 'zod';

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'BUILD_API_TOKEN',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
/** Secrets of the draft preview: required (in production) only where PREVIEW_URL turns it on. */
export const PREVIEW_SECRET_NAMES = ['PREVIEW_SECRET', 'PREVIEW_API_TOKEN'] as const;
type PreviewSecretName = (typeof PREVIEW_SECRET_NAMES)[number];

// Values shipped in examples and templates; a production secret must be none of them.
const PLACEHOLDER = /tobemodified|changeme|change-me|change_me|replace|placeholder|example|secret-here|^x+$/i;
const MIN_SECRET_LENGTH = 16;

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(1337),
  PUBLIC_URL: optionalString,
  /** Where uploads are written (public/uploads inside it); defaults to cms/public. */
  PUBLIC_DIR: optionalString,
  DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
  DATABASE_FILENAME: z.string().default('.tmp/data.db'),
  DATABASE_URL: optionalString,
  DATABASE_HOST: z.string().default('127.0.0.1'),
  DATABASE_PORT: z.coerce.number().int().default(5432),
  DATABASE_NAME: z.string().default('charity_cms'),
  DATABASE_USERNAME: z.string().default('postgres'),
  DATABASE_PASSWORD: z.string().default(''),
  DATABASE_SCHEMA: z.string().default('public'),
  DATABASE_SSL: bool,
  DATABASE_POOL_MIN: z.coerce.number().int().min(0).default(0),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
  APP_KEYS: optionalString,
  API_TOKEN_SALT: optionalString,
  ADMIN_JWT_SECRET: optionalString,
  TRANSFER_TOKEN_SALT: optionalString,
  JWT_SECRET: optionalString,
  ENCRYPTION_KEY: optionalString,
  BUILD_API_TOKEN: optionalString,
  UPLOAD_SIZE_LIMIT_MB: z.coerce.number().positive().default(50),
  GRAPHQL_DEFAULT_LIMIT: z.coerce.number().int().positive().default(25),
  GRAPHQL_MAX_LIMIT: z.coerce.number().int().positive().default(100),
  GRAPHQL_DEPTH_LIMIT: z.coerce.number().int().positive().default(10),
  /** First administrator, created only while the CMS has none (npm start writes them to .env). */
  ADMIN_EMAIL: z
    .string()
    .email()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ADMIN_PASSWORD: optionalString,
  WEBHOOK_URL: optionalString,
  WEBHOOK_SECRET: optionalString,
  REBUILD_STATUS_URL: optionalString,
  /** The public website's address: the edit view links each entry's page there. */
  SITE_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) URL' }).optional(),
  ),
  /** Public address of the draft preview server (web/preview); unset: no preview in the admin. */
  PREVIEW_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'PREVIEW_URL must be an http(s) URL' }).optional(),
  ),
  /** Signs preview links (HMAC); the preview server checks them with the same value. */
  PREVIEW_SECRET: optionalString,
  /** The preview server's read-only token: the one credential that may read drafts. */
  PREVIEW_API_TOKEN: optionalString,
  /** How long a signed preview link works (seconds). */
  PREVIEW_LINK_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  /** Other websites an editor's redirect may send visitors to (host names, comma-separated). */
  REDIRECT_ALLOWED_HOSTS: optionalString,
  /** Tests only: lets a browser test move the scheduler's clock (refused in production). */
  SCHEDULER_TEST_HOOK: bool,
  CMS_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).optional(),
});

type Parsed = z.infer<typeof schema>;
export type CmsEnv = Omit<Parsed, 'APP_KEYS'> & {
  APP_KEYS: string[];
  isProduction: boolean;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The CMS cannot start: ${problems.join('; ')}. See .env.example for what each variable is.`);
    this.name = 'EnvError';
  }
}

/** A secret problem in words an operator acts on, or undefined when the value is fine. */
export const describeSecretProblem = (
  name: SecretName | PreviewSecretName,
  value: string | undefined,
  production: boolean,
): string | undefined => {
  if (value === undefined) return `${name} is missing`;
  if (!production) return undefined;
  const parts = name === 'APP_KEYS' ? value.split(',').map((p) => p.trim()) : [value];
  if (parts.some((p) => PLACEHOLDER.test(p))) return `${name} is still a placeholder value`;
  if (parts.some((p) => p.length < MIN_SECRET_LENGTH))
    return `${name} is too short (at least ${MIN_SECRET_LENGTH} characters)`;
  return undefined;
};

const originOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The preview needs its secret and token wherever it is on, and its own origin: a draft's page
 * runs the site's scripts, which must never run beside the admin's session.
 */
const previewProblems = (parsed: Parsed, isProduction: boolean): string[] => {
  if (!parsed.PREVIEW_URL) return [];
  const problems = PREVIEW_SECRET_NAMES.flatMap((name) => {
    const problem = describeSecretProblem(name, parsed[name], isProduction);
    return problem ? [`${problem} (the draft preview at PREVIEW_URL needs it)`] : [];
  });
  const adminOrigins = [parsed.PUBLIC_URL, `http://${parsed.HOST}:${parsed.PORT}`].map(originOf);
  if (adminOrigins.includes(originOf(parsed.PREVIEW_URL)))
    problems.push('PREVIEW_URL must be another origin than the admin (its own host name or port)');
  return problems;
};

export const parseEnv = (source: Record<string, string | undefined>): CmsEnv => {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const parsed = result.data;
  const isProduction = parsed.NODE_ENV === 'production';
  const problems = SECRET_NAMES.flatMap((name) => {
    // The build token is only required where the site is built from this CMS in production.
    if (name === 'BUILD_API_TOKEN' && !isProduction && parsed.BUILD_API_TOKEN === undefined) return [];
    const problem = describeSecretProblem(name, parsed[name], isProduction);
    return problem ? [problem] : [];
  });
  if (isProduction && parsed.WEBHOOK_URL && !parsed.WEBHOOK_SECRET)
    problems.push('WEBHOOK_SECRET is missing');
  problems.push(...previewProblems(parsed, isProduction));
  if (isProduction && parsed.SCHEDULER_TEST_HOOK)
    problems.push('SCHEDULER_TEST_HOOK is for tests only and must not be set in production');
  if (problems.length > 0) throw new EnvError(problems);
  return {
    ...parsed,
    APP_KEYS: (parsed.APP_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    isProduction,
  };
};

let cached: CmsEnv | undefined;
/** The validated environment of this process (read once). */
export const cmsEnv = (): CmsEnv => {
  cached ??= parseEnv(process.env);
  return cached;
};
/** For tests that boot several instances with different settings in one process. */
export const resetCmsEnv = (): void => {
  cached = undefined;
};
