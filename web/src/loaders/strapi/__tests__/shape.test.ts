import { withAbsoluteImageUrls } from '../shape/blocks';
import { fullList } from '../shape/lists';
import { toImage } from '../shape/media';
import { EntryProblem, type ShapeContext } from '../shape/context';

const ctx = (warnings: string[] = []): ShapeContext => ({
  cmsUrl: 'http://cms.test:1337',
  entryLabel: 'news en/x',
  warn: (m) => void warnings.push(m),
  materialiseFile: () => Promise.reject(new Error('no files here')),
});
const media = {
  url: '/uploads/a.jpg',
  name: 'a.jpg',
  ext: '.jpg',
  mime: 'image/jpeg',
  size: 1,
  hash: 'a',
  alternativeText: 'library alt',
  updatedAt: null,
};

describe('shaping CMS data for the site', () => {
  it('makes image URLs absolute and prefers the editor alt text', () => {
    expect(toImage({ ...media, width: 10, height: 5 }, 'Children at a table', null, ctx())).toEqual({
      src: 'http://cms.test:1337/uploads/a.jpg',
      width: 10,
      height: 5,
      alt: 'Children at a table',
      mime: 'image/jpeg',
      caption: null,
    });
    expect(toImage({ ...media, width: 10, height: 5 }, null, null, ctx())?.alt).toBe('library alt');
  });

  it('puts the image version in its URL, so a replaced image gets a new optimised copy', () => {
    const at = (updatedAt: string) =>
      toImage({ ...media, width: 10, height: 5, updatedAt }, null, null, ctx())?.src;
    expect(at('2026-11-01T10:00:00.000Z')).toMatch(/^http:\/\/cms\.test:1337\/uploads\/a\.jpg\?v=[0-9a-z]+$/);
    expect(at('2026-11-02T10:00:00.000Z')).not.toBe(at('2026-11-01T10:00:00.000Z'));
  });

  it('leaves out an image without dimensions, with a warning', () => {
    const warnings: string[] = [];
    expect(toImage({ ...media, width: null, height: null }, 'x', null, ctx(warnings))).toBeNull();
    expect(warnings[0]).toMatch(/news en\/x: image a\.jpg has no width\/height/);
  });

  it('leaves out an image that is not in the CMS media library, never pointing the build elsewhere', () => {
    for (const url of [
      'https://evil.example/uploads/a.jpg',
      '//evil.example/uploads/a.jpg',
      '/\\evil.example/uploads/a.jpg',
      'javascript:alert(1)',
      'http://user:pass@cms.test:1337/uploads/a.jpg',
      '/admin/a.jpg',
    ]) {
      const warnings: string[] = [];
      expect(toImage({ ...media, url, width: 10, height: 5 }, 'x', null, ctx(warnings))).toBeNull();
      expect(warnings).toEqual([expect.stringMatching(/not in the CMS's media library; left out/)]);
      const blocks = [{ type: 'image', image: { url, width: 1, height: 1 }, children: [] }];
      expect(withAbsoluteImageUrls(blocks, ctx())).toEqual([]);
    }
  });

  it('rewrites image blocks only', () => {
    const blocks = [
      { type: 'paragraph', children: [{ type: 'text', text: '/uploads/not-a-url' }] },
      { type: 'image', image: { url: '/uploads/b.png', width: 1, height: 1 }, children: [] },
    ];
    expect(withAbsoluteImageUrls(blocks, ctx())).toEqual([
      blocks[0],
      {
        type: 'image',
        image: { url: 'http://cms.test:1337/uploads/b.png', width: 1, height: 1 },
        children: [],
      },
    ]);
  });

  it('refuses a relation list that may have been cut at the query limit', () => {
    expect(
      fullList(
        Array.from({ length: 99 }, (_, i) => i),
        'topics',
        'news en/x',
      ),
    ).toHaveLength(99);
    expect(() =>
      fullList(
        Array.from({ length: 100 }, (_, i) => i),
        'topics',
        'news en/x',
      ),
    ).toThrow(
      new EntryProblem(
        "Its list 'topics' has 100 items, the most the website can read at once, so it may be incomplete: keep it under 100 (news en/x).",
      ),
    );
  });
});
