/** Small real files for upload tests, built in memory (nothing is downloaded or checked in). */

export type TestFile = { content: Buffer; filename: string; contentType: string };

/** A minimal but well-formed PDF; `padTo` bytes of comment lines make it as large as needed. */
export const pdfFile = (filename = 'guide.pdf', padTo = 0): TestFile => {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n';
  const tail = 'trailer << /Root 1 0 R >>\n%%EOF\n';
  const padding = Math.max(0, padTo - head.length - tail.length);
  return {
    content: Buffer.concat([Buffer.from(head), Buffer.alloc(padding, '%'), Buffer.from(tail)]),
    filename,
    contentType: 'application/pdf',
  };
};

/** A 1x1 PNG. */
export const pngFile = (filename = 'photo.png'): TestFile => ({
  content: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  filename,
  contentType: 'image/png',
});

/** SVG can carry script: it must be refused. */
export const svgFile = (filename = 'logo.svg'): TestFile => ({
  content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  filename,
  contentType: 'image/svg+xml',
});

export const htmlFile = (filename = 'page.html'): TestFile => ({
  content: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  filename,
  contentType: 'text/html',
});

export const textFile = (filename = 'notes.txt'): TestFile => ({
  content: Buffer.from('Plain text notes'),
  filename,
  contentType: 'text/plain',
});
