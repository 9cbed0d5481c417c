/**
 * What a file's name claims. Only the last extension counts, as it does for every program that
 * opens the file (`guide.pdf.html` is an HTML name, `guide.html.pdf` a PDF one), compared without
 * case (`GUIDE.PDF` is a PDF name). Trailing dots and spaces are dropped first, as Windows drops
 * them when the file is saved (`guide.html.` is an HTML name). An extension is a dot and what
 * follows it up to the end, without spaces: `Guide v2.1 final` has none.
 */

/**
 * Characters no file name needs and some use to deceive: control characters (NUL included),
 * path separators, and the bidirectional overrides, embeddings and isolates that make
 * `guide\u202Efdp.html` look like `guidelmth.pdf`. The ordinary right-to-left and left-to-right
 * marks (U+200E, U+200F, U+061C) stay allowed: names in Arabic or Farsi may carry them.
 */
// eslint-disable-next-line no-control-regex
const DECEPTIVE_OR_UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\\u202a-\u202e\u2066-\u2069]/u;

export type ParsedFileName =
  { ok: true; stem: string; extension: string | undefined } | { ok: false; reason: 'unsafe-characters' };

export const parseFileName = (name: string): ParsedFileName => {
  if (DECEPTIVE_OR_UNSAFE.test(name)) return { ok: false, reason: 'unsafe-characters' };
  const trimmed = name.replace(/[\s.]+$/u, '');
  const extension = /\.[^.\s]+$/u.exec(trimmed)?.[0];
  if (extension === undefined) return { ok: true, stem: trimmed, extension: undefined };
  return { ok: true, stem: trimmed.slice(0, -extension.length), extension: extension.toLowerCase() };
};
