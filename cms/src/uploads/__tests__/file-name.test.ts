import { parseFileName } from '../file-name';

describe('parseFileName', () => {
  it.each([
    ['guide.pdf', 'guide', '.pdf'],
    ['GUIDE.PDF', 'GUIDE', '.pdf'],
    ['guide.pdf.html', 'guide.pdf', '.html'],
    ['guide.html.pdf', 'guide.html', '.pdf'],
    ['guide.html.', 'guide', '.html'],
    ['guide.html ', 'guide', '.html'],
    ['guide.html. . ', 'guide', '.html'],
    ['.pdf', '', '.pdf'],
    ['guide', 'guide', undefined],
    ['guide.', 'guide', undefined],
    ['Guide v2.1 final', 'Guide v2.1 final', undefined],
    ['دليل اللجوء.pdf', 'دليل اللجوء', '.pdf'],
    ['\u200Fدليل.pdf', '\u200Fدليل', '.pdf'],
    ['', '', undefined],
  ])('%j has the stem %j and the extension %j', (name, stem, extension) => {
    expect(parseFileName(name)).toEqual({ ok: true, stem, extension });
  });

  it.each([
    'guide\u202Efdp.html',
    'guide\u202Dx.pdf',
    'guide\u2066x\u2069.pdf',
    'guide.pdf\u0000.html',
    'guide\u0007.pdf',
    'guide\u0085.pdf',
    '../guide.pdf',
    'folder/guide.pdf',
    'folder\\guide.pdf',
  ])('refuses the name %j', (name) => {
    expect(parseFileName(name)).toEqual({ ok: false, reason: 'unsafe-characters' });
  });
});
