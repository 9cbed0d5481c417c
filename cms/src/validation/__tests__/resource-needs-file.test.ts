import { hasFileOrLink } from '../resource-needs-file';

describe('hasFileOrLink', () => {
  it.each([
    ['a file', { files: [{ language: 'en', file: 12 }] }],
    ['a populated file', { files: [{ file: { id: 12, url: '/uploads/a.pdf' } }] }],
    ['one file among empty entries', { files: [{ file: null }, { file: 4 }] }],
    ['an external link', { externalUrl: 'https://www.gov.uk/claim-asylum' }],
    ['both', { files: [{ file: 1 }], externalUrl: 'https://example.org' }],
  ])('is true with %s', (_name, resource) => {
    expect(hasFileOrLink(resource)).toBe(true);
  });

  it.each([
    ['nothing', {}],
    ['no files and no link', { files: [], externalUrl: null }],
    ['a file entry without a file', { files: [{ language: 'en', file: null }] }],
    ['a blank link', { externalUrl: '   ' }],
    ['files that are not a list', { files: 'a.pdf' }],
  ])('is false with %s', (_name, resource) => {
    expect(hasFileOrLink(resource)).toBe(false);
  });
});
