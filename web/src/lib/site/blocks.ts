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

/** The longest run of characters without a break opportunity the site sends a browser. */
export const MAX_UNBROKEN_RUN = 100;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const LONG_RUN = new RegExp(`\\S{${MAX_UNBROKEN_RUN + 1}}`);
/** Whether text holds more than `max` characters without a space (the usual limit: one regex). */
const longestRunExceeds = (text: string, max: number): boolean =>
  (max === MAX_UNBROKEN_RUN ? LONG_RUN : new RegExp(`\\S{${max + 1}}`)).test(text);

/**
 * Text cut into pieces to be joined with `<wbr>`, so that no piece holds more than `max`
 * characters without a space. Browsers lay out one very long word in time that grows faster
 * than its length (Chromium takes ~13 s for 100,000 'A's at 320 px; a paste or a typo can do
 * that), and a phone would hang on the page. Cuts fall between graphemes (never inside an emoji
 * or an accented letter); text without such a run stays one piece.
 */
export const breakableRuns = (text: string, max: number = MAX_UNBROKEN_RUN): string[] => {
  if (!longestRunExceeds(text, max)) return [text];
  const pieces: string[] = [];
  let piece = '';
  let run = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/.test(segment)) {
      run = 0;
    } else if (run > 0 && run + segment.length > max) {
      pieces.push(piece);
      piece = '';
      run = 0;
    }
    piece += segment;
    if (!/^\s+$/.test(segment)) run += segment.length;
  }
  pieces.push(piece);
  return pieces;
};
