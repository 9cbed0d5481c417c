import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { abstractSvg, createAbstractJpeg } from '../generate/image';
import { createGuidePdf } from '../generate/pdf';

describe('generated guide PDF', () => {
  const guide = {
    title: 'Turning 18: leaving care and your immigration status',
    editionLabel: 'Farsi edition',
    language: 'fa',
    organisation: 'Migrant Children’s Legal Unit',
  };

  it('is a valid PDF that a parser reads back, with its title and language', async () => {
    const bytes = await createGuidePdf(guide);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-6)).toString('latin1')).toContain('%%EOF');
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getPageCount()).toBe(1);
    expect(parsed.getTitle()).toBe(`${guide.title} (Farsi edition)`);
    expect(parsed.catalog.toString()).toContain('/Lang (fa)');
  });

  it('is the same bytes every time (no changing dates inside)', async () => {
    expect(Buffer.from(await createGuidePdf(guide)).equals(Buffer.from(await createGuidePdf(guide)))).toBe(
      true,
    );
  });
});

describe('generated abstract image', () => {
  it('is a JPEG of about 1200×675', async () => {
    const jpeg = await createAbstractJpeg({ design: 'waves', seed: 1 });
    const meta = await sharp(jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([1200, 675]);
  });

  it('draws the same picture for the same seed and a different one for another seed', () => {
    expect(abstractSvg({ design: 'circles', seed: 3 })).toBe(abstractSvg({ design: 'circles', seed: 3 }));
    expect(abstractSvg({ design: 'circles', seed: 3 })).not.toBe(abstractSvg({ design: 'circles', seed: 4 }));
  });

  it('uses only the brand palette', () => {
    const colours = new Set(abstractSvg({ design: 'links', seed: 9 }).match(/#[0-9a-f]{6}/gi));
    for (const colour of colours)
      expect(['#0b5563', '#f2c14e', '#e76f51', '#fdf6ec', '#5f9ea7']).toContain(colour);
  });
});
