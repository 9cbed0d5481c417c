/** Small real files for upload tests, built in memory (nothing is downloaded or checked in). */
import { crc32, deflateRawSync } from 'node:zlib';
import sharp from 'sharp';

export type TestFile = {
  content: Buffer;
  filename: string;
  contentType: string;
  /** Send the name with its folders, as a hand-made request can (form-data sends the base name). */
  keepPath?: boolean;
};

/**
 * A minimal well-formed PDF: one empty page, a cross-reference table with the right offsets and
 * a trailer. `padTo` bytes of comment make it as large as needed.
 */
export const pdfBytes = (padTo = 0): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = (at: number) =>
    [
      'xref',
      `0 ${objects.length + 1}`,
      '0000000000 65535 f ',
      ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
      'trailer',
      `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
      'startxref',
      String(at),
      '%%EOF',
      '',
    ].join('\n');
  const unpadded = body.length + xref(0).length + 8;
  const padding = padTo > unpadded ? `%${'%'.repeat(padTo - unpadded - 2)}\n` : '';
  return Buffer.from(body + padding + xref(body.length + padding.length));
};

export const pdfFile = (filename = 'guide.pdf', padTo = 0): TestFile => ({
  content: pdfBytes(padTo),
  filename,
  contentType: 'application/pdf',
});

/** A 1x1 PNG. */
export const pngFile = (filename = 'photo.png'): TestFile => ({
  content: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  filename,
  contentType: 'image/png',
});

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/** A real image encoded by sharp; large enough sizes make Strapi generate a thumbnail and formats. */
export const imageBytes = (format: ImageFormat, width = 2, height = 2): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .toFormat(format)
    .toBuffer();

type ZipEntry = { name: string; content: string | Buffer; deflate?: boolean };

/**
 * A ZIP archive (the container of Word, OpenDocument and EPUB files): local headers, central
 * directory and end record, entries stored or deflated. Thirty lines of the format beat a
 * dependency for tests that only need to write a few small archives.
 */
export const zipBytes = (entries: readonly ZipEntry[]): Buffer => {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.content);
    const stored = entry.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name);
    const method = entry.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, stored);
    directory.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralDirectory, end]);
};

const XML = '<?xml version="1.0" encoding="UTF-8"?>';

/** A one-paragraph Word document (.docx): the three parts Word needs, deflated as Word does. */
export const docxBytes = (): Buffer =>
  zipBytes([
    {
      name: '[Content_Types].xml',
      deflate: true,
      content: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      deflate: true,
      content: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      deflate: true,
      content: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Your rights</w:t></w:r></w:p></w:body></w:document>`,
    },
  ]);

/** A one-paragraph OpenDocument text (.odt): `mimetype` first and stored, as the format requires. */
export const odtBytes = (): Buffer =>
  zipBytes([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
    {
      name: 'META-INF/manifest.xml',
      deflate: true,
      content: `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: 'content.xml',
      deflate: true,
      content: `${XML}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>Your rights</text:p></office:text></office:body></office:document-content>`,
    },
  ]);

/** A one-chapter EPUB: `mimetype` first and stored, the container, the package and a chapter. */
export const epubBytes = (): Buffer =>
  zipBytes([
    { name: 'mimetype', content: 'application/epub+zip' },
    {
      name: 'META-INF/container.xml',
      deflate: true,
      content: `${XML}<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
    },
    {
      name: 'content.opf',
      deflate: true,
      content: `${XML}<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:6f1c3a52-0d3e-4a0b-9b8e-2f7a1c9d4e55</dc:identifier><dc:title>Your rights</dc:title><dc:language>en</dc:language><meta property="dcterms:modified">2026-01-01T00:00:00Z</meta></metadata><manifest><item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest><spine><itemref idref="c1"/></spine></package>`,
    },
    {
      name: 'chapter.xhtml',
      deflate: true,
      content: `${XML}<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Your rights</title></head><body><nav epub:type="toc"><ol><li><a href="chapter.xhtml">Your rights</a></li></ol></nav><p>Your rights</p></body></html>`,
    },
  ]);

/** A ZIP that says it holds a spreadsheet: not a Word document, whatever its name. */
export const xlsxLikeBytes = (): Buffer =>
  zipBytes([
    {
      name: '[Content_Types].xml',
      content: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    { name: 'xl/workbook.xml', content: `${XML}<workbook/>` },
  ]);

/** A ZIP that is no document: what a renamed archive looks like. */
export const plainZipBytes = (): Buffer =>
  zipBytes([{ name: 'notes.txt', content: 'Plain notes in an archive', deflate: true }]);

/** SVG can carry script: it must be refused. */
export const svgFile = (filename = 'logo.svg'): TestFile => ({
  content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  filename,
  contentType: 'image/svg+xml',
});

export const SCRIPT_HTML = '<!doctype html><html><body><script>alert(1)</script></body></html>';

export const htmlFile = (filename = 'page.html'): TestFile => ({
  content: Buffer.from(SCRIPT_HTML),
  filename,
  contentType: 'text/html',
});

export const textFile = (filename = 'notes.txt'): TestFile => ({
  content: Buffer.from('Plain text notes'),
  filename,
  contentType: 'text/plain',
});

/** One real, small file of each type editors may upload. */
export const SAMPLE_KINDS = ['pdf', 'docx', 'odt', 'epub', 'jpeg', 'png', 'webp', 'avif'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export const sampleBytes = async (kind: SampleKind): Promise<Buffer> => {
  switch (kind) {
    case 'pdf':
      return pdfBytes();
    case 'docx':
      return docxBytes();
    case 'odt':
      return odtBytes();
    case 'epub':
      return epubBytes();
    default:
      return imageBytes(kind);
  }
};

/** A polyglot: a real file of an allowed type that is also a page with a script in it. */
export const withScript = (bytes: Buffer): Buffer => Buffer.concat([bytes, Buffer.from(SCRIPT_HTML)]);
