import type { ShapeContext } from './context';
import { absoluteCmsUrl } from './urls';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Strapi blocks JSON with image blocks' URLs made absolute (for Astro's getImage); an image block
 * whose image is not in the CMS's media library is dropped with a warning. Everything else is
 * passed through; the collection schema validates the shape.
 */
export const withAbsoluteImageUrls = (
  blocks: unknown,
  ctx: Pick<ShapeContext, 'cmsUrl' | 'entryLabel' | 'warn'>,
): unknown => {
  if (!Array.isArray(blocks)) return blocks;
  return blocks.flatMap((block: unknown) => {
    if (!isRecord(block) || block.type !== 'image' || !isRecord(block.image)) return [block];
    const url = block.image.url;
    if (typeof url !== 'string') return [block];
    const absolute = absoluteCmsUrl(ctx.cmsUrl, url);
    if (absolute === null) {
      ctx.warn(`${ctx.entryLabel}: an image in the text is not in the CMS's media library; left out`);
      return [];
    }
    return [{ ...block, image: { ...block.image, url: absolute } }];
  });
};
