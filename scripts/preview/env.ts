/**
 * The draft preview server's one view of its environment, validated with zod. It checks links
 * with PREVIEW_SECRET; its bundle reads the CMS with PREVIEW_API_TOKEN (web/src/env.ts). It never
 * holds the build token or the webhook secret: a process started with either refuses to start.
 */
import path from 'node:path';
import { z } from 'zod';

type Env = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /tobemodified|changeme|change-me|replace|placeholder|example/i;
const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const notHeldHere = (name: string) =>
  optionalText.refine((v) => v === undefined, `${name} must not be set for the preview server`);

const schema = z.object({
  PREVIEW_HOST: z.string().trim().min(1).default('127.0.0.1'),
  PREVIEW_PORT: z.coerce.number().int().min(0).max(65535).default(4323),
  PREVIEW_SECRET: z
    .string({ error: 'PREVIEW_SECRET is required (the CMS signs preview links with it)' })
    .trim()
    .min(16, 'PREVIEW_SECRET must be at least 16 characters')
    .refine((v) => !PLACEHOLDER.test(v), 'PREVIEW_SECRET is still a placeholder value'),
  PREVIEW_API_TOKEN: z
    .string({ error: 'PREVIEW_API_TOKEN is required (the token the preview reads drafts with)' })
    .trim()
    .min(16, 'PREVIEW_API_TOKEN must be at least 16 characters'),
  /** Where the preview keeps the CMS files its pages link to. */
  PREVIEW_DATA_DIR: optionalText,
  /** The built bundle (astro build --config astro.preview.config.mjs). */
  PREVIEW_BUNDLE_DIR: optionalText,
  /** The admin's public address: the one origin allowed to frame previews. */
  PUBLIC_URL: optionalText,
  CMS_URL: optionalText,
  BUILD_API_TOKEN: notHeldHere('BUILD_API_TOKEN'),
  WEBHOOK_SECRET: notHeldHere('WEBHOOK_SECRET'),
});

export type PreviewConfig = {
  host: string;
  port: number;
  secret: string;
  dataDir: string;
  bundleDir: string;
  /** The admin's origin, e.g. https://cms.example.org. */
  adminOrigin: string;
};

export class PreviewEnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The preview server cannot start: ${problems.join('; ')}.`);
    this.name = 'PreviewEnvError';
    this.problems = problems;
  }
}

const originOf = (name: string, url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
    return parsed.origin;
  } catch {
    throw new PreviewEnvError([`${name} must be an http(s) URL`]);
  }
};

export const parsePreviewEnv = (env: Env, repoRoot: string): PreviewConfig => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new PreviewEnvError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  const v = parsed.data;
  const admin = v.PUBLIC_URL ? ['PUBLIC_URL', v.PUBLIC_URL] : ['CMS_URL', v.CMS_URL ?? DEFAULT_CMS_URL];
  return {
    host: v.PREVIEW_HOST,
    port: v.PREVIEW_PORT,
    secret: v.PREVIEW_SECRET,
    dataDir: path.resolve(repoRoot, v.PREVIEW_DATA_DIR ?? '.data/preview'),
    bundleDir: path.resolve(repoRoot, v.PREVIEW_BUNDLE_DIR ?? 'web/dist-preview'),
    adminOrigin: originOf(admin[0] as string, admin[1] as string),
  };
};
