import type { CmsImage, Seo } from '../../../lib/cms/schemas';
import type { CmsMedia, ShapeContext } from './context';
import { absoluteCmsUrl } from './urls';

/**
 * "Replace media" in the CMS keeps an image's URL. Astro names its optimised copy after the
 * source URL and the site serves those copies as immutable, so the version goes into the URL:
 * a replaced image gets a new name and nobody keeps seeing the old one.
 */
const versionedSrc = (url: string, updatedAt: string | null): string => {
  const time = updatedAt === null ? Number.NaN : Date.parse(updatedAt);
  return Number.isNaN(time) ? url : `${url}?v=${time.toString(36)}`;
};

/**
 * An image the site can hand to Astro's <Image>. Without intrinsic dimensions Astro cannot lay out a
 * remote image, and an image outside the CMS's media library is not the CMS's to publish, so such
 * an image is left out with a warning rather than breaking the build.
 */
export const toImage = (
  media: CmsMedia | null | undefined,
  alt: string | null | undefined,
  caption: string | null | undefined,
  ctx: ShapeContext,
): CmsImage | null => {
  if (!media) return null;
  if (!media.width || !media.height) {
    ctx.warn(`${ctx.entryLabel}: image ${media.name} has no width/height in the CMS; left out`);
    return null;
  }
  const url = absoluteCmsUrl(ctx.cmsUrl, media.url);
  if (url === null) {
    ctx.warn(`${ctx.entryLabel}: image ${media.name} is not in the CMS's media library; left out`);
    return null;
  }
  return {
    src: versionedSrc(url, media.updatedAt),
    width: media.width,
    height: media.height,
    alt: alt ?? media.alternativeText ?? '',
    mime: media.mime,
    caption: caption ?? null,
  };
};

/** The `shared.image` component: the editor's alt text travels with the image. */
export const toSharedImage = (
  component: { alt: string; caption: string | null; image: CmsMedia } | null | undefined,
  ctx: ShapeContext,
): CmsImage | null => (component ? toImage(component.image, component.alt, component.caption, ctx) : null);

export const toSeo = (
  seo:
    | { metaTitle: string | null; metaDescription: string | null; shareImage: CmsMedia | null }
    | null
    | undefined,
  ctx: ShapeContext,
): Seo | null =>
  seo
    ? {
        metaTitle: seo.metaTitle,
        metaDescription: seo.metaDescription,
        shareImage: toImage(seo.shareImage, null, null, ctx),
      }
    : null;
