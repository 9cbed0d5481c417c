import { csvCell, toCsv } from '../csv';

describe('directory CSV', () => {
  it('quotes every cell and doubles quotes, keeping commas and line breaks inside it', () => {
    expect(csvCell('Say "hi", then\r\nleave')).toBe('"Say ""hi"", then\r\nleave"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(25)).toBe('"25"');
  });

  it.each([
    ['=HYPERLINK("https://evil.example","Open")'],
    ['+44 20 7946 0000'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('makes %j text, never a formula', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
  });

  it('leaves text that only contains those characters alone', () => {
    expect(csvCell('Free. +44 fee = none')).toBe('"Free. +44 fee = none"');
  });

  it('writes a byte-order mark, a header and CRLF rows', () => {
    expect(toCsv(['A', 'B'], [['1', null]])).toBe('\ufeff"A","B"\r\n"1",""\r\n');
  });
});
