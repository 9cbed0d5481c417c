import { UPLOAD_TYPES } from '../../../../../../cms/src/uploads/allowed-types';
import { DOWNLOAD_TYPES, downloadHeaders } from '../download-types';

describe('download types', () => {
  it('are exactly the types editors may upload to the CMS, shown or downloaded alike', () => {
    expect(
      DOWNLOAD_TYPES.map(({ contentType, extensions, inline }) => ({ contentType, extensions, inline })),
    ).toEqual(
      UPLOAD_TYPES.map(({ mime, extensions, inline }) => ({
        contentType: mime,
        extensions: extensions.map((extension) => extension.slice(1)),
        inline,
      })),
    );
  });

  it.each([
    ['guide.pdf', { 'Content-Type': 'application/pdf' }],
    ['photo.JPEG', { 'Content-Type': 'image/jpeg' }],
    [
      'notes.docx',
      {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': 'attachment; filename="notes.docx"',
      },
    ],
    [
      'guide.xml',
      {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename="guide.xml"',
      },
    ],
    [
      'page.pdf.html',
      {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename="page.pdf.html"',
      },
    ],
    [
      'guide.pdf.',
      {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename="guide.pdf."',
      },
    ],
    ['a "b".html', { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment' }],
    ['-x.html', { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment' }],
  ])('sends %s with %j', (name, headers) => {
    expect(downloadHeaders(name)).toEqual(headers);
  });
});
