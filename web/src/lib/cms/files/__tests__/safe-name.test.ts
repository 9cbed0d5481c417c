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

  it('derives a clean extension', () => {
    expect(safeExtension('.PDF', 'x')).toBe('pdf');
    expect(safeExtension(null, 'report.odt')).toBe('odt');
    expect(safeExtension('.p/d', 'x')).toBe('pd');
    expect(safeExtension(null, 'noext')).toBe('bin');
  });
});
