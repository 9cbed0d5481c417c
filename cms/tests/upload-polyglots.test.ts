/**
 * Polyglot uploads: a real file of every allowed type that is also a page with a script in it,
 * under every name an attacker (or a careless editor) might give it, sent with every kind of
 * Content-Type. Each is either refused with the message an editor can act on, or stored under
 * the extension of the type its bytes are, and then served with nosniff (as a download unless it
 * is an image or a PDF): never stored or served under a name a browser would run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type supertest from 'supertest';
import { UPLOAD_TYPES, type UploadType } from '../src/uploads/allowed-types';
import {
  contentNotAllowedMessage,
  nameDisagreesMessage,
  unsafeNameMessage,
} from '../src/uploads/refusal-messages';
import { superAdminClient, type AdminClient } from './helpers/admin';
import {
  imageBytes,
  pdfBytes,
  plainZipBytes,
  SAMPLE_KINDS,
  sampleBytes,
  SCRIPT_HTML,
  withScript,
  docxBytes,
  xlsxLikeBytes,
  type SampleKind,
} from './helpers/files';
import { startTestCms, type TestCms } from './helpers/strapi';

jest.setTimeout(120_000);

const MIME_OF: Record<SampleKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  epub: 'application/epub+zip',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};
const typeOf = (kind: SampleKind): UploadType => {
  const type = UPLOAD_TYPES.find((candidate) => candidate.mime === MIME_OF[kind]);
  if (!type) throw new Error(`No allowed type for ${kind}`);
  return type;
};

/** Extensions a browser or server may treat as a page or a script, and the type each claims. */
const SCRIPT_EXTENSIONS: Readonly<Record<string, string>> = {
  '.xml': 'application/xml',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.shtml': 'text/html',
  '.php': 'application/x-httpd-php',
};

type Outcome = { stored: true } | { refused: string };
type NameCase = { name: string; outcome: Outcome; keepPath?: boolean };

/** Every name tried for a file of `type`, and what must happen to it. */
const namesFor = (type: UploadType): NameCase[] => {
  const ext = type.extensions[0];
  const stored: Outcome = { stored: true };
  const disagrees = (claimed: string): Outcome => ({
    refused: nameDisagreesMessage(claimed, type.label, ext),
  });
  const unsafe: Outcome = { refused: unsafeNameMessage() };
  return [
    ...Object.keys(SCRIPT_EXTENSIONS).map((script) => ({
      name: `guide${script}`,
      outcome: disagrees(script),
    })),
    { name: 'GUIDE.HTML', outcome: disagrees('.html') },
    { name: 'Guide.SvG', outcome: disagrees('.svg') },
    { name: `guide${ext}.html`, outcome: disagrees('.html') },
    { name: `guide${ext}.xml`, outcome: disagrees('.xml') },
    { name: 'guide.html.', outcome: disagrees('.html') },
    { name: 'guide.html ', outcome: disagrees('.html') },
    { name: 'guide.html. . ', outcome: disagrees('.html') },
    { name: 'guide.exe', outcome: disagrees('.exe') },
    { name: `guide\u202Efdp.html`, outcome: unsafe },
    { name: `guide\u202E${[...ext].reverse().join('')}.html`, outcome: unsafe },
    { name: `guide${ext}\u0000.html`, outcome: unsafe },
    { name: `guide\u0007${ext}`, outcome: unsafe },
    // Browsers send only a file's base name; a hand-made request can send folders (keepPath).
    { name: '../guide.html', outcome: unsafe, keepPath: true },
    { name: `../../public/guide${ext}`, outcome: unsafe, keepPath: true },
    { name: `folder/guide${ext}`, outcome: unsafe, keepPath: true },
    // The upload parser keeps only what follows a backslash (old Windows browsers sent paths).
    { name: `folder\\guide${ext}`, outcome: stored },
    { name: `folder\\guide.html`, outcome: disagrees('.html') },
    ...type.extensions.map((allowed) => ({ name: `guide${allowed}`, outcome: stored })),
    ...type.extensions.map((allowed) => ({ name: `GUIDE${allowed.toUpperCase()}`, outcome: stored })),
    { name: 'guide', outcome: stored },
    { name: `guide${ext}.`, outcome: stored },
    { name: `guide${ext} `, outcome: stored },
    { name: `guide.html${ext}`, outcome: stored },
    { name: `guide.php.html.js${ext}`, outcome: stored },
    { name: 'Guide v2.1 final', outcome: stored },
  ];
};

/** The Content-Types each file is sent with: none in particular, what its name claims, a lie. */
const declaredTypes = (name: string, type: UploadType): string[] => {
  const script = Object.keys(SCRIPT_EXTENSIONS).find((extension) => name.toLowerCase().includes(extension));
  const claimed = script ? (SCRIPT_EXTENSIONS[script] as string) : type.mime;
  const lie = type.mime === 'application/pdf' ? 'image/png' : 'application/pdf';
  return ['application/octet-stream', claimed, lie];
};

type StoredFile = {
  url: string;
  ext: string;
  mime: string;
  hash: string;
  formats?: Record<string, { url: string; ext: string; mime: string }> | null;
};

describe('polyglot uploads', () => {
  let cms: TestCms;
  let admin: AdminClient;
  const fileCount = () => cms.strapi.db.query('plugin::upload.file').count();
  const storedFiles = () => readdirSync(path.join(cms.strapi.dirs.static.public, 'uploads')).sort();

  beforeAll(async () => {
    cms = await startTestCms();
    admin = await superAdminClient(cms);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const upload = (content: Buffer, filename: string, contentType: string, keepPath = false): supertest.Test =>
    admin.upload({ content, filename, contentType, keepPath });

  /** Asserts that `body` is one file stored as `type`, with formats of the same type. */
  const expectStoredAs = (file: StoredFile, type: UploadType): void => {
    const ext = type.extensions[0];
    expect({ ext: file.ext, mime: file.mime }).toEqual({ ext, mime: type.mime });
    expect(file.url).toBe(`/uploads/${file.hash}${ext}`);
    expect(file.hash).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const format of Object.values(file.formats ?? {})) {
      expect({ ext: format.ext, mime: format.mime, urlExt: path.extname(format.url) }).toEqual({
        ext,
        mime: type.mime,
        urlExt: ext,
      });
    }
  };

  /** Asserts how the CMS serves a stored file: nosniff, its type, a download unless image or PDF. */
  const expectServedAs = async (url: string, type: UploadType): Promise<void> => {
    const res = await cms.request().get(url).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toBe(type.mime);
    if (type.inline) expect(res.headers['content-disposition']).toBeUndefined();
    else
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9_-]+\.[a-z]+"$/);
  };

  describe.each(SAMPLE_KINDS.map((kind) => [kind, typeOf(kind)] as const))('%s', (kind, type) => {
    let polyglot: Buffer;
    beforeAll(async () => {
      polyglot = withScript(await sampleBytes(kind));
    });

    it.each(namesFor(type).map((nameCase) => [JSON.stringify(nameCase.name), nameCase] as const))(
      'named %s',
      async (_label, { name, outcome, keepPath }) => {
        for (const contentType of declaredTypes(name, type)) {
          const before = { count: await fileCount(), files: storedFiles() };
          const res = await upload(polyglot, name, contentType, keepPath);
          if ('refused' in outcome) {
            expect([contentType, res.status, res.body.error?.message]).toEqual([
              contentType,
              400,
              outcome.refused,
            ]);
            expect(await fileCount()).toBe(before.count);
            expect(storedFiles()).toEqual(before.files);
          } else {
            expect([contentType, res.status]).toEqual([contentType, 201]);
            const [file] = res.body as StoredFile[];
            expectStoredAs(file as StoredFile, type);
            await expectServedAs((file as StoredFile).url, type);
          }
        }
      },
    );
  });

  it.each([
    ['jpeg', 'photo'],
    ['jpeg', 'PHOTO.JPEG'],
    ['png', 'chart.png.'],
    ['webp', 'banner'],
  ] as const)('stores the thumbnail and formats of a %s named %j under its type too', async (kind, name) => {
    const res = await upload(await imageBytes(kind, 800, 600), name, 'application/octet-stream');
    expect(res.status).toBe(201);
    const [file] = res.body as StoredFile[];
    expect(Object.keys(file?.formats ?? {})).toEqual(expect.arrayContaining(['thumbnail', 'small']));
    expectStoredAs(file as StoredFile, typeOf(kind));
    for (const format of Object.values(file?.formats ?? {})) await expectServedAs(format.url, typeOf(kind));
  });

  describe('mismatched pairs', () => {
    const pdf = typeOf('pdf');
    const png = typeOf('png');
    const docx = typeOf('docx');
    const cases: Array<[string, () => Promise<Buffer> | Buffer, string, string]> = [
      ['PDF bytes named .png', pdfBytes, 'guide.png', nameDisagreesMessage('.png', pdf.label, '.pdf')],
      [
        'PNG bytes named .pdf',
        () => imageBytes('png'),
        'guide.pdf',
        nameDisagreesMessage('.pdf', png.label, '.png'),
      ],
      ['Word bytes named .odt', docxBytes, 'guide.odt', nameDisagreesMessage('.odt', docx.label, '.docx')],
      [
        'a plain ZIP named .docx',
        plainZipBytes,
        'guide.docx',
        contentNotAllowedMessage('a ZIP archive', '.docx', docx.label),
      ],
      [
        'a plain ZIP named .epub',
        plainZipBytes,
        'guide.epub',
        contentNotAllowedMessage('a ZIP archive', '.epub', typeOf('epub').label),
      ],
      [
        'a spreadsheet named .docx',
        xlsxLikeBytes,
        'guide.docx',
        contentNotAllowedMessage('an Excel spreadsheet', '.docx', docx.label),
      ],
      [
        'an HTML page named .pdf',
        () => Buffer.from(SCRIPT_HTML),
        'guide.pdf',
        contentNotAllowedMessage(undefined, '.pdf', pdf.label),
      ],
      [
        'an HTML page named .jpg',
        () => Buffer.from(SCRIPT_HTML),
        'photo.jpg',
        contentNotAllowedMessage(undefined, '.jpg', typeOf('jpeg').label),
      ],
      [
        'an HTML page named .html',
        () => Buffer.from(SCRIPT_HTML),
        'page.html',
        contentNotAllowedMessage(undefined, '.html'),
      ],
      [
        'an HTML page with no name',
        () => Buffer.from(SCRIPT_HTML),
        'page',
        contentNotAllowedMessage(undefined),
      ],
      [
        'an HTML page starting with %PDF- named .html',
        () => Buffer.from(`%PDF-1.4\n${SCRIPT_HTML}`),
        'guide.html',
        nameDisagreesMessage('.html', pdf.label, '.pdf'),
      ],
    ];

    it.each(cases)(
      'refuses %s with a message that says what is wrong',
      async (_what, bytes, name, message) => {
        for (const contentType of ['application/octet-stream', 'application/pdf', 'text/html']) {
          const before = await fileCount();
          const res = await upload(await bytes(), name, contentType);
          expect([contentType, res.status, res.body.error?.message]).toEqual([contentType, 400, message]);
          expect(await fileCount()).toBe(before);
        }
      },
    );

    it('takes an HTML page that starts with %PDF- as a PDF: stored as .pdf, served as a PDF, never as a page', async () => {
      // Content detection reads the signature, and "%PDF-" is the PDF signature. What matters is
      // that it can only ever be sent as application/pdf with nosniff, which no browser runs.
      const res = await upload(Buffer.from(`%PDF-1.4\n${SCRIPT_HTML}`), 'guide.pdf', 'text/html');
      expect(res.status).toBe(201);
      const [file] = res.body as StoredFile[];
      expectStoredAs(file as StoredFile, pdf);
      await expectServedAs((file as StoredFile).url, pdf);
    });
  });
});
