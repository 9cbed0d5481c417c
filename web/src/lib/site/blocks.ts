/** Small rules the rich-text renderer follows, kept here so they can be tested without Astro. */
import type { Block, InlineNode } from '../cms/schemas';

/** Body headings start at h2 (the page title is the h1) and never go past h6. */
export const headingLevel = (level: number): 2 | 3 | 4 | 5 | 6 =>
  Math.min(6, Math.max(2, level)) as 2 | 3 | 4 | 5 | 6;

/** The words of inline nodes without formatting (code blocks, summaries). */
export const plainText = (nodes: readonly InlineNode[]): string =>
  nodes.map((node) => (node.type === 'link' ? plainText(node.children) : node.text)).join('');

/** A paragraph or heading with no visible text: what an editor's blank line becomes. */
export const isBlankBlock = (block: Block): boolean =>
  (block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote') &&
  plainText(block.children).trim() === '';

/** Links to another site (they get rel="noreferrer"); site-relative links and anchors are internal. */
export const isExternalUrl = (url: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith('//');
