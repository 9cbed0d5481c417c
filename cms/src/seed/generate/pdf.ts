/**
 * Small, valid PDF files for demo resources, generated locally (nothing is downloaded).
 * The 14 standard PDF fonts have no Arabic or Persian glyphs (and WinAnsi has no Romanian ș/ț),
 * so each file shows the English title and a Latin language label such as "Arabic edition".
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export type GuidePdf = {
  /** English title, printed on the page. */
  title: string;
  /** Latin label, e.g. "Arabic edition". */
  editionLabel: string;
  /** BCP 47 language of the edition, stored in the PDF catalogue. */
  language: string;
  organisation: string;
};

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 64;
const TEAL = rgb(11 / 255, 85 / 255, 99 / 255);
const INK = rgb(0.13, 0.13, 0.13);
const YELLOW = rgb(242 / 255, 193 / 255, 78 / 255);
// A fixed date keeps the bytes of each file the same from run to run.
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

/** Splits text into lines no wider than `maxWidth` at `size`. */
export const wrapText = (text: string, font: PDFFont, size: number, maxWidth: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
};

export const createGuidePdf = async (guide: GuidePdf): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  doc.setTitle(`${guide.title} (${guide.editionLabel})`);
  doc.setAuthor(guide.organisation);
  doc.setSubject('Demonstration file created by the demo content seed');
  doc.setLanguage(guide.language);
  doc.setCreator('cms/src/seed');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([A4.width, A4.height]);
  const textWidth = A4.width - 2 * MARGIN;

  page.drawRectangle({ x: 0, y: A4.height - 120, width: A4.width, height: 120, color: TEAL });
  page.drawRectangle({ x: MARGIN, y: A4.height - 132, width: 96, height: 12, color: YELLOW });
  page.drawText(guide.organisation, {
    x: MARGIN,
    y: A4.height - 70,
    size: 16,
    font: bold,
    color: rgb(1, 1, 1),
  });

  let y = A4.height - 220;
  for (const line of wrapText(guide.title, bold, 28, textWidth)) {
    page.drawText(line, { x: MARGIN, y, size: 28, font: bold, color: INK });
    y -= 36;
  }
  y -= 12;
  page.drawText(guide.editionLabel, { x: MARGIN, y, size: 18, font: regular, color: TEAL });
  y -= 48;
  const note =
    'This is a demonstration file made by the website demo content seed. It stands in for the real guide, ' +
    'which the resources team uploads in the CMS.';
  for (const line of wrapText(note, regular, 12, textWidth)) {
    page.drawText(line, { x: MARGIN, y, size: 12, font: regular, color: INK });
    y -= 18;
  }
  return doc.save({ useObjectStreams: false });
};
