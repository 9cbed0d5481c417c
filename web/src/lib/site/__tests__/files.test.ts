import { fileFormatName, formatFileSize } from '../files';
import { autonym, languageDir, languageLabel, languageName } from '../languages';

describe('file descriptions', () => {
  it('names common formats and upper-cases the rest', () => {
    expect(fileFormatName('pdf')).toBe('PDF');
    expect(fileFormatName('DOCX')).toBe('Word');
    expect(fileFormatName('epub')).toBe('EPUB');
  });

  it('gives sizes in decimal units, one decimal only for small megabytes', () => {
    expect(formatFileSize(950, 'en')).toBe('950 byte');
    expect(formatFileSize(2_048, 'en')).toBe('2 kB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatFileSize(25_600_000, 'en')).toBe('26 MB');
  });
});

describe('language names', () => {
  it('names a language in the reader’s language and in itself, capitalised', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(autonym('ar')).toBe('العربية');
    expect(autonym('sq')).toBe('Shqip');
    expect(languageLabel('fa', 'en')).toBe('Persian (فارسی)');
    expect(languageLabel('en', 'en')).toBe('English');
  });

  it('knows which file languages are written right to left', () => {
    expect(languageDir('ps')).toBe('rtl');
    expect(languageDir('ro')).toBe('ltr');
  });
});
