import { safeExtension, safeFileName } from '../safe-name';

describe('safe file names', () => {
  it('keeps lower-case ASCII words and the extension', () => {
    expect(safeFileName('Guide for Young People (2026).pdf', 'pdf')).toBe('guide-for-young-people-2026.pdf');
    expect(safeFileName('Fiche Réfugié – été.DOCX', 'docx')).toBe('fiche-refugie-ete.docx');
  });

  it('falls back to "file" when nothing ASCII is left, and never allows path tricks', () => {
    expect(safeFileName('دليل اللجوء.pdf', 'pdf')).toBe('file.pdf');
    expect(safeFileName('../../etc/passwd', 'bin')).toBe('etc-passwd.bin');
  });

  it('gives a file an extension its type is served by, never one a browser would run', () => {
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(safeExtension('.PDF', 'x', 'application/pdf')).toBe('pdf');
    expect(safeExtension(null, 'report.odt', 'application/vnd.oasis.opendocument.text')).toBe('odt');
    expect(safeExtension('.jpeg', 'photo.jpeg', 'image/jpeg')).toBe('jpeg');
    expect(safeExtension('.docx', 'notes.docx', DOCX)).toBe('docx');
    // Stored by an older CMS under the name's extension, with the detected type.
    expect(safeExtension('.xml', 'guide.xml', 'image/avif')).toBe('avif');
    expect(safeExtension('.html', 'guide.html', 'application/pdf')).toBe('pdf');
    expect(safeExtension(null, 'noext', 'image/png')).toBe('png');
    // A type no editor may upload goes out as bytes.
    expect(safeExtension('.svg', 'logo.svg', 'image/svg+xml')).toBe('bin');
    expect(safeExtension('.html', 'page.html', 'text/html')).toBe('bin');
    expect(safeExtension('.pdf', 'guide.pdf', 'application/octet-stream')).toBe('bin');
  });
});
