/**
 * How the CMS serves /uploads: with nosniff, the type the stored extension stands for, and as a
 * download unless it is an image or a PDF. Files stored before uploads were checked (`guide.xml`
 * with AVIF bytes and a script, `page.html`, `logo.svg` …) go out as plain bytes to download, never
 * as a page or script on the admin's origin, however the path is spelled: other casings, percent-
 * encoding, dot segments, double slashes, a range request or HEAD.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Response } from 'supertest';
import { imageBytes, pdfBytes, docxBytes, SCRIPT_HTML, withScript } from './helpers/files';
import { startTestCms, type TestCms } from './helpers/strapi';

jest.setTimeout(120_000);

type Expected = { type: string; disposition: string | undefined };
const download = (filename: string): Expected => ({
  type: 'application/octet-stream',
  disposition: `attachment; filename="${filename}"`,
});

describe('serving /uploads', () => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await startTestCms();
  });
  afterAll(async () => {
    await cms?.stop();
  });

  /** Files as an older CMS may have stored them, written straight into the uploads folder. */
  const planted: Array<[string, () => Promise<Buffer> | Buffer, Expected]> = [
    ['old_guide.xml', async () => withScript(await imageBytes('avif')), download('old_guide.bin')],
    ['old_page.html', () => Buffer.from(SCRIPT_HTML), download('old_page.bin')],
    ['old_page.htm', () => Buffer.from(SCRIPT_HTML), download('old_page.bin')],
    ['old_page.xhtml', () => Buffer.from(SCRIPT_HTML), download('old_page.bin')],
    ['old_page.shtml', () => Buffer.from(SCRIPT_HTML), download('old_page.bin')],
    ['old_page.php', () => Buffer.from(SCRIPT_HTML), download('old_page.bin')],
    [
      'old_logo.svg',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      download('old_logo.bin'),
    ],
    ['old_app.js', () => Buffer.from('alert(1)'), download('old_app.bin')],
    ['old_app.mjs', () => Buffer.from('alert(1)'), download('old_app.bin')],
    ['old_page.html.', () => Buffer.from(SCRIPT_HTML), download('old_page_html.bin')],
    ['old_noext', () => Buffer.from(SCRIPT_HTML), download('old_noext.bin')],
    ['old_scan.PDF', () => pdfBytes(), { type: 'application/pdf', disposition: undefined }],
    ['old_photo.JPEG', () => imageBytes('jpeg'), { type: 'image/jpeg', disposition: undefined }],
    [
      'old_notes.DOCX',
      () => docxBytes(),
      {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        disposition: 'attachment; filename="old_notes.docx"',
      },
    ],
  ];

  /** Ways to spell the path of `name`, all of which the CMS's static server may answer. */
  const spellings = (name: string): string[] => {
    const dot = name.lastIndexOf('.');
    const encodedDot = dot === -1 ? name : `${name.slice(0, dot)}%2E${name.slice(dot + 1)}`;
    return [
      `/uploads/${name}`,
      `/%75ploads/${name}`,
      `/uploads/${encodedDot}`,
      `/uploads/%6F${name.slice(1)}`,
      `//uploads/${name}`,
      `/uploads/./${name}`,
      `/uploads//${name}`,
      `/x/../uploads/${name}`,
      `/UPLOADS/${name}`,
      `/Uploads/${name}`,
      `/uploads/${name}?download=0`,
    ];
  };

  const expectSafe = (spelling: string, res: Response, expected: Expected): void => {
    if (res.status >= 200 && res.status < 300) {
      expect({
        spelling,
        type: res.headers['content-type'],
        disposition: res.headers['content-disposition'],
        nosniff: res.headers['x-content-type-options'],
      }).toEqual({ spelling, type: expected.type, disposition: expected.disposition, nosniff: 'nosniff' });
    } else {
      expect([spelling, [400, 403, 404].includes(res.status)]).toEqual([spelling, true]);
      expect(res.text ?? '').not.toContain('<script>');
    }
  };

  it.each(planted)('sends %s safely however its path is spelled', async (name, bytes, expected) => {
    writeFileSync(path.join(cms.strapi.dirs.static.public, 'uploads', name), await bytes());
    const answered: string[] = [];
    // supertest sends each path exactly as written (no `..` or `%2e` resolved on the way).
    for (const spelling of spellings(name)) {
      for (const method of ['get', 'head'] as const) {
        const res = await cms.request()[method](spelling);
        expectSafe(`${method} ${spelling}`, res, expected);
        if (res.status === 200) answered.push(`${method} ${spelling}`);
      }
      const range = await cms.request().get(spelling).set('Range', 'bytes=0-3');
      expectSafe(`range ${spelling}`, range, expected);
      if (range.status === 206) answered.push(`range ${spelling}`);
    }
    // The static servers do answer these spellings: the checks above were not only about 404s.
    expect(answered).toEqual(
      expect.arrayContaining([
        `get /uploads/${name}`,
        `head /uploads/${name}`,
        `range /uploads/${name}`,
        `get /%75ploads/${name}`,
        `get /x/../uploads/${name}`,
      ]),
    );
  });
});
