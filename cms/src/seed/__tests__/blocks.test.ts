import { markdownToBlocks, parseInline } from '../blocks';

describe('parseInline', () => {
  it('splits text, links, bold and italic runs in order', () => {
    expect(parseInline('Read **this** [guide](https://example.org/g) *now*.')).toEqual([
      { type: 'text', text: 'Read ' },
      { type: 'text', text: 'this', bold: true },
      { type: 'text', text: ' ' },
      { type: 'link', url: 'https://example.org/g', children: [{ type: 'text', text: 'guide' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'now', italic: true },
      { type: 'text', text: '.' },
    ]);
  });

  it('never returns an empty list (Strapi refuses empty children)', () => {
    expect(parseInline('')).toEqual([{ type: 'text', text: '' }]);
  });
});

describe('markdownToBlocks', () => {
  it('turns headings, paragraphs, lists and quotes into Strapi blocks', () => {
    const blocks = markdownToBlocks(`Intro line one
continues here.

## A heading
- first
- **second**

1. one
2. two

> quoted`);
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Intro line one continues here.' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'A heading' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'first' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'second', bold: true }] },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'quoted' }] },
    ]);
  });

  it('treats lines written straight under a heading as the next block', () => {
    expect(markdownToBlocks('### Small heading\nThen a paragraph.')).toEqual([
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Small heading' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Then a paragraph.' }] },
    ]);
  });

  it('keeps right-to-left text as it is', () => {
    expect(markdownToBlocks('## ماذا يوجد في الدليل')).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'ماذا يوجد في الدليل' }] },
    ]);
  });
});
