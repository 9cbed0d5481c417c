/**
 * CSV as spreadsheets read it (RFC 4180): every cell quoted, quotes doubled, CRLF line ends, a
 * byte-order mark so Excel reads UTF-8 (Arabic, Farsi). Cells an editor wrote that start with
 * = + - @ (or a tab or carriage return) are prefixed with an apostrophe: a spreadsheet would run
 * them as formulas (CSV injection), e.g. `=HYPERLINK("https://evil.example","Click")`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const csvCell = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

export const toCsv = (
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string => `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
