/**
 * The site build's one view of its environment, validated with zod. Nothing else in web/ reads
 * process.env or import.meta.env: config and loaders take their settings from here.
 */
import { z } from 'zod';

const url = (name: string, fallback: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? fallback : v))
    .default(fallback)
    .pipe(z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }))
    .transform((v) => v.replace(/\/+$/, ''));

/** A whole number, 1 or more; unset or empty: undefined. */
const wholeNumber = (name: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const n = Number(v);
      if (Number.isInteger(n) && n >= 1) return n;
      ctx.addIssue({ code: 'custom', message: `${name} must be a whole number, 1 or more` });
      return z.NEVER;
    });

const siteSchema = z.object({
  /** Where the build reads content from. */
  CMS_URL: url('CMS_URL', 'http://127.0.0.1:1337'),
  /** The public address of the built site (canonical URLs, sitemap, RSS, Open Graph). */
  SITE_URL: url('SITE_URL', 'http://127.0.0.1:4321'),
  /**
   * Where the build writes the list of entries it left out (JSON, see
   * loaders/strapi/left-out.ts); unset: the build only logs them. The rebuild service sets it for
   * a build command (its warm worker passes it explicitly, lib/site/build-options.ts).
   */
  /**
   * The moment the build takes as "now" (ISO 8601, e.g. 2026-03-04T09:00:00Z): which events are
   * upcoming and which archived. Unset: the clock when the build starts. Tests set it.
   */
  SITE_BUILD_NOW: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v))
    .pipe(
      z.iso.datetime({ offset: true, error: 'SITE_BUILD_NOW must be an ISO 8601 date and time' }).optional(),
    ),
  /** Other websites an editor's redirect may send visitors to (the CMS's REDIRECT_ALLOWED_HOSTS). */
  REDIRECT_ALLOWED_HOSTS: z.string().optional(),
  /**
   * How many pages one shard of the search index holds at most (lib/site/search-index.ts). Unset:
   * 2,000. Tests set it low, so that a small site's search is split and merged too.
   */
  SEARCH_PAGES_PER_SHARD: wholeNumber('SEARCH_PAGES_PER_SHARD'),
  /**
   * How many shards of the search index the build command indexes at once, each with a Pagefind
   * service of its own (~300 MB each at 2,000 pages), once Astro's process has exited. Unset: one
   * per core, at most two.
   */
  SEARCH_INDEX_WORKERS: wholeNumber('SEARCH_INDEX_WORKERS'),
  SITE_LEFT_OUT_FILE: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
});

/** A credential another process holds: empty or unset here, so a mix-up stops at once. */
const heldElsewhere = (name: string, holder: string) =>
  z.string().trim().max(0, `${name} must not be set here: only ${holder} holds it`).optional();

const buildSchema = siteSchema.extend({
  /** Drafts are for the preview server only: the build never holds their credential. */
  PREVIEW_API_TOKEN: heldElsewhere('PREVIEW_API_TOKEN', 'the draft preview server'),
  /** The CMS's read-only build token (the CMS creates it from the same variable). */
  BUILD_API_TOKEN: z
    .string({
      error: 'BUILD_API_TOKEN is required: the read-only API token the site build reads the CMS with',
    })
    .trim()
    .min(1, 'BUILD_API_TOKEN is required: the read-only API token the site build reads the CMS with'),
});

const previewSchema = siteSchema.extend({
  /** The preview server's read-only token, the one credential the CMS lets read drafts. */
  PREVIEW_API_TOKEN: z
    .string({ error: 'PREVIEW_API_TOKEN is required: the token the draft preview reads the CMS with' })
    .trim()
    .min(1, 'PREVIEW_API_TOKEN is required: the token the draft preview reads the CMS with'),
  /** Where the preview keeps the CMS files the previewed pages link to. */
  PREVIEW_DATA_DIR: z
    .string({ error: 'PREVIEW_DATA_DIR is required: where the draft preview keeps its files' })
    .trim()
    .min(1, 'PREVIEW_DATA_DIR is required: where the draft preview keeps its files'),
  BUILD_API_TOKEN: heldElsewhere('BUILD_API_TOKEN', 'the site build'),
});

export type SiteEnv = z.infer<typeof siteSchema>;
export type BuildEnv = z.infer<typeof buildSchema>;
export type PreviewEnv = z.infer<typeof previewSchema>;

export class WebEnvError extends Error {
  constructor(problems: string[]) {
    super(`The site cannot be built: ${problems.join('; ')}.`);
    this.name = 'WebEnvError';
  }
}

const parse = <T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T => {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new WebEnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
    }),
  );
};

/** Settings every command needs (config, preview): no secret. */
export const readSiteEnv = (source: Record<string, string | undefined>): SiteEnv => parse(siteSchema, source);
/** Settings the content sync needs: adds the build token. */
export const readBuildEnv = (source: Record<string, string | undefined>): BuildEnv =>
  parse(buildSchema, source);

/** Settings the draft preview's bundle needs: its own token, never the build's. */
export const readPreviewEnv = (source: Record<string, string | undefined>): PreviewEnv =>
  parse(previewSchema, source);

/**
 * Parsed again only when one of its variables changed: every page reads it (its layout's links
 * and security policy), 15,000 times in a large build. Frozen, as it is shared.
 */
const SITE_VARIABLES = Object.keys(siteSchema.shape);
let siteEnvMemo: { key: string; env: SiteEnv } | undefined;
export const siteEnv = (): SiteEnv => {
  const key = JSON.stringify(SITE_VARIABLES.map((name) => process.env[name] ?? null));
  if (siteEnvMemo?.key !== key) siteEnvMemo = { key, env: Object.freeze(readSiteEnv(process.env)) };
  return siteEnvMemo.env;
};
export const buildEnv = (): BuildEnv => readBuildEnv(process.env);
export const previewEnv = (): PreviewEnv => readPreviewEnv(process.env);
