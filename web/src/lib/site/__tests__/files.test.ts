import { fileFormatName, formatFileSize } from '../files';
import { autonym, languageDir, languageLabel, languageName, nameOfLanguage } from '../languages';

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

  it('falls back to the code for a language the runtime does not know, or for no language at all', () => {
    expect(nameOfLanguage('qqq', 'en')).toBeUndefined();
    expect(nameOfLanguage('not a code!', 'en')).toBeUndefined();
    expect(nameOfLanguage('ar', 'not a tag!')).toBeUndefined();
    expect(languageName('qqq', 'en')).toBe('Qqq');
    expect(autonym('not a code!')).toBe('Not a code!');
    // The names are kept per language: asking again, or in another language, gives the same answers.
    expect(nameOfLanguage('ar', 'fr')).toBe('arabe');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(nameOfLanguage('ar', 'fr')).toBe('arabe');
  });

  it('knows which file languages are written right to left', () => {
    expect(languageDir('ps')).toBe('rtl');
    expect(languageDir('ro')).toBe('ltr');
  });
});
