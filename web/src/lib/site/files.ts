/** How a downloadable file is described next to its link: format and size, in the reader's language. */
import { intlTag, type Locale } from '../../i18n/locales';
import { memoByKey } from './memo';

const FORMAT_NAMES: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  odt: 'OpenDocument',
  rtf: 'RTF',
  txt: 'Text',
  xls: 'Excel',
  xlsx: 'Excel',
  csv: 'CSV',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  mp3: 'MP3',
  mp4: 'MP4',
  zip: 'ZIP',
};

/** "PDF", "Word"...; the upper-cased extension when the format is not a common one. */
export const fileFormatName = (ext: string): string => FORMAT_NAMES[ext.toLowerCase()] ?? ext.toUpperCase();

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "240 KB", "1.2 MB" (decimal units, as phones and file managers show them), localised digits. */
export const formatFileSize = (bytes: number, locale: Locale): string => {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return sizeFormat(`${locale} ${unit} ${unit >= 2 && value < 10 ? 1 : 0}`).format(value);
};

/** Keyed "<locale> <unit index> <fraction digits>". */
const sizeFormat = memoByKey((key: string) => {
  const [locale, unit, digits] = key.split(' ') as [Locale, string, string];
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'unit',
    unit: UNITS[Number(unit)],
    unitDisplay: 'short',
    maximumFractionDigits: Number(digits),
  });
});
