import { absoluteCmsUrl } from './urls';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Strapi blocks JSON with image blocks' URLs made absolute (for Astro's getImage). Everything else
 * is passed through; the collection schema validates the shape.
 */
export const withAbsoluteImageUrls = (blocks: unknown, cmsUrl: string): unknown => {
  if (!Array.isArray(blocks)) return blocks;
  return blocks.map((block: unknown) => {
    if (!isRecord(block) || block.type !== 'image' || !isRecord(block.image)) return block;
    const url = block.image.url;
    return typeof url === 'string'
      ? { ...block, image: { ...block.image, url: absoluteCmsUrl(cmsUrl, url) } }
      : block;
  });
};
