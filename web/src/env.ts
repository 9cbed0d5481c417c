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

const siteSchema = z.object({
  /** Where the build reads content from. */
  CMS_URL: url('CMS_URL', 'http://127.0.0.1:1337'),
  /** The public address of the built site (canonical URLs, sitemap, RSS, Open Graph). */
  SITE_URL: url('SITE_URL', 'http://127.0.0.1:4321'),
  /**
   * `build`: the build writes the search index. `after-swap`: the rebuild service's warm worker
   * brings the live index along and updates it once the new pages are live (search-index.ts).
   */
  SITE_SEARCH_INDEX: z.enum(['build', 'after-swap']).default('build'),
});

const buildSchema = siteSchema.extend({
  /** The CMS's read-only build token (the CMS creates it from the same variable). */
  BUILD_API_TOKEN: z
    .string({
      error: 'BUILD_API_TOKEN is required: the read-only API token the site build reads the CMS with',
    })
    .trim()
    .min(1, 'BUILD_API_TOKEN is required: the read-only API token the site build reads the CMS with'),
});

export type SiteEnv = z.infer<typeof siteSchema>;
export type BuildEnv = z.infer<typeof buildSchema>;

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

export const siteEnv = (): SiteEnv => readSiteEnv(process.env);
export const buildEnv = (): BuildEnv => readBuildEnv(process.env);
