/**
 * Turns the small Markdown-like text the demo content is written in into Strapi's "blocks"
 * JSON, so the content modules read like prose instead of nested node objects.
 *
 * Supported: paragraphs (blank-line separated), `## ` / `### ` headings, `- ` and `1. ` lists,
 * `> ` quotes, `**bold**`, `*italic*` and `[text](https://…)` links inside any of them.
 */

export type TextNode = { type: 'text'; text: string; bold?: true; italic?: true };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] };

// One inline token: a link, bold, or italic run; plain text is what lies between matches.
const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;

const styledText = (text: string, style: Partial<Pick<TextNode, 'bold' | 'italic'>> = {}): TextNode => ({
  type: 'text',
  text,
  ...style,
});

export const parseInline = (source: string): InlineNode[] => {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) nodes.push(styledText(source.slice(last, index)));
    const [, linkText, url, bold, italic] = match;
    if (linkText !== undefined && url !== undefined) {
      nodes.push({ type: 'link', url, children: [styledText(linkText)] });
    } else if (bold !== undefined) {
      nodes.push(styledText(bold, { bold: true }));
    } else if (italic !== undefined) {
      nodes.push(styledText(italic, { italic: true }));
    }
    last = index + match[0].length;
  }
  if (last < source.length) nodes.push(styledText(source.slice(last)));
  // Strapi refuses an empty children array; an empty paragraph holds one empty text node.
  return nodes.length > 0 ? nodes : [styledText('')];
};

const UNORDERED_ITEM = /^- /;
const ORDERED_ITEM = /^\d+\. /;

const listBlock = (lines: string[], format: 'ordered' | 'unordered'): BlockNode => ({
  type: 'list',
  format,
  children: lines.map((line) => ({
    type: 'list-item',
    children: parseInline(line.replace(format === 'ordered' ? ORDERED_ITEM : UNORDERED_ITEM, '').trim()),
  })),
});

const HEADING = /^(#{2,3}) (.+)$/;

const toBlocks = (lines: string[]): BlockNode[] => {
  const [first = '', ...rest] = lines;
  const heading = HEADING.exec(first);
  if (heading) {
    // A heading is one line; anything written straight under it is the next block.
    const level = heading[1] === '##' ? 2 : 3;
    const node: BlockNode = { type: 'heading', level, children: parseInline(heading[2] ?? '') };
    return rest.length > 0 ? [node, ...toBlocks(rest)] : [node];
  }
  if (lines.every((line) => UNORDERED_ITEM.test(line))) return [listBlock(lines, 'unordered')];
  if (lines.every((line) => ORDERED_ITEM.test(line))) return [listBlock(lines, 'ordered')];
  if (lines.every((line) => line.startsWith('>'))) {
    return [{ type: 'quote', children: parseInline(lines.map((l) => l.replace(/^>\s?/, '')).join(' ')) }];
  }
  return [{ type: 'paragraph', children: parseInline(lines.join(' ')) }];
};

/** Blocks from Markdown-like text: one block per blank-line-separated chunk. */
export const markdownToBlocks = (source: string): BlockNode[] =>
  source
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .flatMap((chunk) => toBlocks(chunk.split('\n').map((line) => line.trim())));
