/**
 * The Strapi loader's settings, validated when the loader is created so a missing URL or token
 * stops the build at once, naming the variable to set.
 */
import { z } from 'zod';

export type StrapiLoaderSettings = {
  /** Base URL of the CMS, without a trailing slash (from CMS_URL). */
  url: string;
  /** The CMS's read-only build token (from BUILD_API_TOKEN). */
  token: string;
  /** Entries per GraphQL page: the CMS's maxLimit (a larger value is silently reduced by Strapi). */
  pageSize: number;
  /** Per-request time limit, so a hung CMS fails the build instead of stalling it. */
  timeoutMs: number;
};

export class StrapiLoaderConfigError extends Error {
  constructor(message: string) {
    super(`Strapi loader: ${message}`);
    this.name = 'StrapiLoaderConfigError';
  }
}

const settingsSchema = z.object({
  url: z
    .string({ error: 'the CMS URL is missing: set CMS_URL' })
    .trim()
    .min(1, 'the CMS URL is missing: set CMS_URL')
    .pipe(z.url({ protocol: /^https?$/, error: 'CMS_URL must be an http(s) URL' }))
    .transform((v) => v.replace(/\/+$/, '')),
  token: z
    .string({ error: 'the build token is missing: set BUILD_API_TOKEN' })
    .trim()
    .min(1, 'the build token is missing: set BUILD_API_TOKEN'),
  pageSize: z.number().int().min(1).max(100).default(100),
  timeoutMs: z.number().int().positive().default(30_000),
});

export type StrapiLoaderSettingsInput = {
  url: string | undefined;
  token: string | undefined;
  pageSize?: number | undefined;
  timeoutMs?: number | undefined;
};

export const parseLoaderSettings = (input: StrapiLoaderSettingsInput): StrapiLoaderSettings => {
  const result = settingsSchema.safeParse(input);
  if (!result.success) {
    throw new StrapiLoaderConfigError(result.error.issues.map((issue) => issue.message).join('; '));
  }
  return result.data;
};
