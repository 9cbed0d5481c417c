/** Images and downloadable files as the site sees them (shaped by the Strapi loader). */
import { z } from 'zod';

/**
 * An image still on the CMS. `src` is absolute so Astro's <Image>/getImage downloads and optimises
 * it into dist/_astro/ at build time (astro.config allows the CMS host); the built site never
 * links to the CMS. `alt` comes from the `shared.image` component (or the partner's logoAlt, or
 * the media library's alternative text; '' when an image carries no meaning).
 */
export const imageSchema = z.object({
  src: z.url(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: z.string(),
  mime: z.string(),
  caption: z.string().nullable(),
});
export type CmsImage = z.infer<typeof imageSchema>;

/**
 * One language file of a resource, already copied into the build: `href` is site-relative and
 * content-addressed (`/files/<sha256 prefix>/<safe-name>.<ext>`), so it can be cached forever.
 */
export const resourceFileSchema = z.object({
  /** Language of the file's content (an ISO 639-1 code from the CMS list: en, sq, ar, fa, ro, ps...). */
  language: z.string(),
  /** The editor's label, e.g. "Easy read"; null when none was given. */
  label: z.string().nullable(),
  href: z.string().regex(/^\/files\/[0-9a-f]{16}\/[a-z0-9][a-z0-9._-]*$/),
  mime: z.string(),
  /** Lower-case extension without the dot, e.g. "pdf", "docx". */
  ext: z.string(),
  /** Exact size of the file as served. */
  sizeBytes: z.number().int().nonnegative(),
  /** The file's original name in the CMS (for display only; href is what to link to). */
  name: z.string(),
});
export type ResourceFile = z.infer<typeof resourceFileSchema>;

/** Search and sharing metadata (`shared.seo`); every part optional: fall back to title/summary. */
export const seoSchema = z.object({
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  shareImage: imageSchema.nullable(),
});
export type Seo = z.infer<typeof seoSchema>;
