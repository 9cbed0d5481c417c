/**
 * Strapi's rich-text "blocks" JSON, typed. Fields of type `blocks` (article body, page body, about
 * vision/method, resource description...) reach the site in this shape, unchanged except that an
 * image block's `image.url` is made absolute (the CMS URL) so it can go through Astro's getImage.
 */
import { z } from 'zod';
import { linkUrlSchema } from './base';

export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  strikethrough?: boolean | undefined;
  code?: boolean | undefined;
};
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;

export type ParagraphBlock = { type: 'paragraph'; children: InlineNode[] };
export type HeadingBlock = { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] };
export type QuoteBlock = { type: 'quote'; children: InlineNode[] };
export type CodeBlock = { type: 'code'; language?: string | undefined; children: InlineNode[] };
export type ListItemBlock = { type: 'list-item'; children: InlineNode[] };
export type ListBlock = {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  /** Nested lists sit among the items. */
  children: Array<ListItemBlock | ListBlock>;
};
export type BlockImage = {
  /** Absolute URL on the CMS: hand it to Astro's <Image>/getImage, never link to it. */
  url: string;
  alternativeText: string | null;
  caption?: string | null | undefined;
  width: number | null;
  height: number | null;
  mime?: string | undefined;
};
export type ImageBlock = { type: 'image'; image: BlockImage; children: InlineNode[] };
export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock | ListBlock | ImageBlock;
export type Blocks = Block[];

const textNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
const linkNode = z.object({ type: z.literal('link'), url: linkUrlSchema, children: z.array(textNode) });
const inlineNodes = z.array(z.discriminatedUnion('type', [textNode, linkNode]));

const listItemBlock = z.object({ type: z.literal('list-item'), children: inlineNodes });
const listBlock: z.ZodType<ListBlock> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().optional(),
    children: z.array(z.union([listItemBlock, listBlock])),
  }),
);

const blockImage = z.object({
  url: z.string(),
  alternativeText: z.string().nullable().default(null),
  caption: z.string().nullish(),
  width: z.number().nullable().default(null),
  height: z.number().nullable().default(null),
  mime: z.string().optional(),
});

const block: z.ZodType<Block> = z.union([
  z.object({ type: z.literal('paragraph'), children: inlineNodes }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: inlineNodes,
  }),
  z.object({ type: z.literal('quote'), children: inlineNodes }),
  z.object({ type: z.literal('code'), language: z.string().optional(), children: inlineNodes }),
  listBlock,
  z.object({ type: z.literal('image'), image: blockImage, children: inlineNodes }),
]);

export const blocksSchema: z.ZodType<Blocks> = z.array(block);
