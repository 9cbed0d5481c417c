import { servedAs } from '../served-as';

describe('servedAs', () => {
  it.each([
    ['guide_a1b2c3.pdf', 'application/pdf'],
    ['scan_a1b2c3.PDF', 'application/pdf'],
    ['photo_a1b2c3.jpg', 'image/jpeg'],
    ['photo_a1b2c3.JPEG', 'image/jpeg'],
    ['thumbnail_photo_a1b2c3.png', 'image/png'],
    ['banner_a1b2c3.webp', 'image/webp'],
    ['banner_a1b2c3.avif', 'image/avif'],
  ])('shows %s in the browser as %s', (name, contentType) => {
    expect(servedAs(name)).toEqual({ contentType, disposition: undefined });
  });

  it.each([
    [
      'notes_a1b2c3.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'notes_a1b2c3.docx',
    ],
    ['notes_a1b2c3.ODT', 'application/vnd.oasis.opendocument.text', 'notes_a1b2c3.odt'],
    ['book_a1b2c3.epub', 'application/epub+zip', 'book_a1b2c3.epub'],
  ])('sends %s as a %s download', (name, contentType, filename) => {
    expect(servedAs(name)).toEqual({ contentType, disposition: `attachment; filename="${filename}"` });
  });

  it.each([
    ['guide_a1b2c3.xml', 'guide_a1b2c3.bin'],
    ['page.html', 'page.bin'],
    ['page.HTM', 'page.bin'],
    ['logo.svg', 'logo.bin'],
    ['app.js', 'app.bin'],
    ['app.mjs', 'app.bin'],
    ['page.html.', 'page_html.bin'],
    ['noext', 'noext.bin'],
    ['guide.pdf.html', 'guide_pdf.bin'],
    ['a "quoted"; name\r\n.html', 'a_quoted_name.bin'],
    ['دليل.html', 'file.bin'],
  ])('sends anything else (%s) as bytes to download, saved as %s', (name, filename) => {
    expect(servedAs(name)).toEqual({
      contentType: 'application/octet-stream',
      disposition: `attachment; filename="${filename}"`,
    });
  });
});
