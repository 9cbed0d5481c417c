/**
 * The media library takes only the allowed file types, up to the size limit, and tells an
 * editor what they may upload instead when it refuses a file; every way a file gets into the
 * CMS checks its content and stores it under its detected type (polyglots by name and type:
 * upload-polyglots.test.ts; how stored files are served: upload-serving.test.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ALLOWED_UPLOAD_DESCRIPTION, uploadTypeByMime, type UploadType } from '../src/uploads/allowed-types';
import {
  contentNotAllowedMessage,
  fileTooLargeMessage,
  nameDisagreesMessage,
  replacementTypeMessage,
  unsafeNameMessage,
} from '../src/uploads/refusal-messages';
import { superAdminClient, type AdminClient } from './helpers/admin';
import {
  htmlFile,
  imageBytes,
  pdfFile,
  pngFile,
  svgFile,
  textFile,
  withScript,
  type TestFile,
} from './helpers/files';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

const LIMIT_MB = 1;

const typeOf = (mime: string): UploadType => {
  const type = uploadTypeByMime(mime);
  if (!type) throw new Error(`${mime} is not an allowed type`);
  return type;
};

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

describe('uploads', () => {
  let cms: TestCms;
  let admin: AdminClient;
  const fileCount = () => cms.strapi.db.query('plugin::upload.file').count();
  const storedFiles = () => readdirSync(path.join(cms.strapi.dirs.static.public, 'uploads')).sort();

  beforeAll(async () => {
    // A small limit keeps the oversize file small.
    cms = await startTestCms({ env: { UPLOAD_SIZE_LIMIT_MB: String(LIMIT_MB) } });
    admin = await superAdminClient(cms);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('accepts a PDF', async () => {
    const res = await admin.upload(pdfFile('asylum-guide.pdf'));
    expect(res.status).toBe(201);
    expect(res.body[0]).toMatchObject({ name: 'asylum-guide.pdf', mime: 'application/pdf', ext: '.pdf' });
  });

  it('answers 304 to a conditional GET of an unchanged file, so site builds reuse their images', async () => {
    const [uploaded] = (await admin.upload(pngFile())).body as Array<{ url: string }>;
    const first = await cms.request().get(uploaded!.url);
    expect(first.status).toBe(200);
    const lastModified = String(first.headers['last-modified']);
    expect(lastModified).not.toBe('undefined');

    // fetch() (and so Astro) sends Cache-Control: no-cache with every conditional request.
    const unchanged = await cms
      .request()
      .get(uploaded!.url)
      .set('If-Modified-Since', lastModified)
      .set('Cache-Control', 'no-cache');
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toEqual({});
    const older = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    const changed = await cms.request().get(uploaded!.url).set('If-Modified-Since', older);
    expect(changed.status).toBe(200);
    expect(Number(changed.headers['content-length'])).toBeGreaterThan(0);
  });

  it('accepts a PNG image', async () => {
    const res = await admin.upload(pngFile());
    expect(res.status).toBe(201);
    expect(res.body[0]).toMatchObject({ mime: 'image/png' });
  });

  it.each([
    ['SVG', svgFile(), '.svg'],
    ['HTML', htmlFile(), '.html'],
    ['plain text', textFile(), '.txt'],
  ])('refuses %s and says what is allowed', async (_name, file, extension) => {
    const before = await fileCount();
    const res = await admin.upload(file);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(contentNotAllowedMessage(undefined, extension));
    expect(res.body.error.message).toContain(`Files ending in ${extension} cannot be uploaded.`);
    expect(res.body.error.message).toContain(ALLOWED_UPLOAD_DESCRIPTION);
    expect(await fileCount()).toBe(before);
  });

  it('refuses an SVG that claims to be a PNG by its type only', async () => {
    const res = await admin.upload({ ...svgFile('logo.svg'), contentType: 'image/png' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(contentNotAllowedMessage(undefined, '.svg'));
  });

  it('refuses a file over the size limit and says what the limit is', async () => {
    const before = await fileCount();
    const res = await admin.upload(pdfFile('huge.pdf', Math.round(LIMIT_MB * 1.5 * 1024 * 1024)));
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe(fileTooLargeMessage(LIMIT_MB));
    expect(await fileCount()).toBe(before);
  });

  it('accepts a file just under the size limit', async () => {
    const res = await admin.upload(pdfFile('big.pdf', LIMIT_MB * 1024 * 1024 - 1024));
    expect(res.status).toBe(201);
  });

  it.each([
    '/api/upload',
    '/API/upload',
    '/api/UPLOAD',
    '/Api/Upload/',
    '/api//upload',
    '/%61pi/upload',
    '/api/upload?id=1',
    '/api/upload/files',
  ])('takes no uploads through the content API at %s, even with the build token', async (url) => {
    const file = pdfFile();
    const before = { count: await fileCount(), files: storedFiles() };
    for (const token of [TEST_SECRETS.BUILD_API_TOKEN, undefined]) {
      const req = cms.request().post(url);
      if (token) req.set('Authorization', `Bearer ${token}`);
      const res = await req.attach('files', file.content, {
        filename: file.filename,
        contentType: file.contentType,
      });
      expect([url, token !== undefined, [401, 403, 404, 405].includes(res.status)]).toEqual([
        url,
        token !== undefined,
        true,
      ]);
    }
    expect(await fileCount()).toBe(before.count);
    expect(storedFiles()).toEqual(before.files);
  });

  describe('every way a file gets in', () => {
    const avif = typeOf('image/avif');
    const pdf = typeOf('application/pdf');
    const avifPolyglot = async (filename: string): Promise<TestFile> => ({
      content: withScript(await imageBytes('avif')),
      filename,
      contentType: 'application/octet-stream',
    });
    type Stored = { id: number; url: string; ext: string; mime: string; size: number };

    it('refuses the reported attack: AVIF bytes named guide.xml, sent as application/octet-stream', async () => {
      const before = { count: await fileCount(), files: storedFiles() };
      const res = await admin.upload(await avifPolyglot('guide.xml'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(nameDisagreesMessage('.xml', avif.label, '.avif'));
      expect(res.body.error.message).toBe(
        "This file's name ends in .xml but its content is an AVIF image. You can upload PDF (.pdf), Word (.docx), " +
          'OpenDocument (.odt), EPUB (.epub), JPEG (.jpg or .jpeg), PNG (.png), WebP (.webp) or AVIF (.avif) files. ' +
          'Rename the file to end in .avif, or upload the right file.',
      );
      expect(await fileCount()).toBe(before.count);
      expect(storedFiles()).toEqual(before.files);
    });

    it.each(['/upload', '/UPLOAD', '/Upload', '/upload/files', '/UPLOAD/Files'])(
      'checks the file on the admin route %s, whatever its casing',
      async (url) => {
        const before = await fileCount();
        const res = await admin.upload(await avifPolyglot('guide.html'), url);
        expect([url, res.status, res.body.error?.message]).toEqual([
          url,
          400,
          nameDisagreesMessage('.html', avif.label, '.avif'),
        ]);
        expect(await fileCount()).toBe(before);
      },
    );

    it('stores a file sent to POST /upload/files under its detected type', async () => {
      const res = await admin.upload(await avifPolyglot('guide'), '/upload/files');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ ext: '.avif', mime: 'image/avif' });
      expect(res.body.url).toMatch(/^\/uploads\/[A-Za-z0-9_-]+\.avif$/);
    });

    describe('Replace media', () => {
      let original: Stored;
      const replaceRoutes = [
        ['POST /upload?id=', (id: number) => `/upload?id=${id}`],
        ['POST /upload/files/:id/replace', (id: number) => `/upload/files/${id}/replace`],
      ] as const;
      const row = async (id: number) =>
        (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as Stored;
      const bytesOnDisk = (url: string) => readFileSync(path.join(cms.strapi.dirs.static.public, url));

      beforeEach(async () => {
        const res = await admin.upload(pdfFile('guide.pdf'));
        expect(res.status).toBe(201);
        original = (res.body as Stored[])[0] as Stored;
      });

      it.each(replaceRoutes)(
        'takes a PDF for a PDF through %s, whatever the case of its name',
        async (_route, url) => {
          const edition = { ...pdfFile('NEW-EDITION.PDF', 2000), contentType: 'text/html' };
          const res = await admin.upload(edition, url(original.id));
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({ id: original.id, url: original.url, ext: '.pdf', mime: pdf.mime });
          expect(bytesOnDisk(original.url).equals(edition.content)).toBe(true);
        },
      );

      it.each(replaceRoutes)('refuses a polyglot named .html through %s', async (_route, url) => {
        const res = await admin.upload(await avifPolyglot('new-edition.html'), url(original.id));
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(nameDisagreesMessage('.html', avif.label, '.avif'));
        expect(await row(original.id)).toMatchObject({
          url: original.url,
          mime: pdf.mime,
          size: original.size,
        });
        expect(bytesOnDisk(original.url).subarray(0, 5).toString()).toBe('%PDF-');
      });

      it.each(replaceRoutes)(
        'refuses an image for a PDF through %s: the address ends in .pdf',
        async (_route, url) => {
          const res = await admin.upload(await avifPolyglot('new-edition.avif'), url(original.id));
          expect(res.status).toBe(400);
          expect(res.body.error.message).toBe(replacementTypeMessage('.pdf', avif.label));
          expect(await row(original.id)).toMatchObject({ url: original.url, mime: pdf.mime });
          expect(bytesOnDisk(original.url).subarray(0, 5).toString()).toBe('%PDF-');
        },
      );

      it('refuses any replacement for a file stored under a bad name before uploads were checked', async () => {
        const oldName = `old_guide_${Date.now()}.xml`;
        writeFileSync(
          path.join(cms.strapi.dirs.static.public, 'uploads', oldName),
          withScript(await imageBytes('avif')),
        );
        const old = (await cms.strapi.db.query('plugin::upload.file').create({
          data: {
            name: 'guide.xml',
            hash: oldName.replace(/\.xml$/, ''),
            ext: '.xml',
            mime: 'image/avif',
            size: 1,
            url: `/uploads/${oldName}`,
            provider: 'local',
          },
        })) as Stored;
        const res = await admin.upload(await avifPolyglot('guide.avif'), `/upload?id=${old.id}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(replacementTypeMessage('.xml', avif.label));
      });
    });

    it('checks files stored by code through the upload service (From URL imports, the seed)', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'upload-service-'));
      try {
        const filepath = path.join(dir, 'incoming');
        const content = withScript(await imageBytes('avif'));
        await writeFile(filepath, content);
        const service = cms.strapi.plugin('upload').service('upload') as {
          upload: (input: object) => Promise<Stored[]>;
        };
        const store = (originalFilename: string, mimetype: string) =>
          service.upload({
            data: { fileInfo: { name: originalFilename } },
            files: { filepath, originalFilename, mimetype, size: content.length },
          });
        await expect(store('guide.html', 'text/html')).rejects.toThrow(
          nameDisagreesMessage('.html', avif.label, '.avif'),
        );
        await expect(store('guide\u202Efiva.html', 'image/avif')).rejects.toThrow(unsafeNameMessage());
        const [stored] = await store('guide', 'text/html');
        expect(stored).toMatchObject({ ext: '.avif', mime: 'image/avif' });
        expect(stored?.url).toMatch(/^\/uploads\/[A-Za-z0-9_-]+\.avif$/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    describe("the admin's logo settings", () => {
      const setMenuLogo = (file: TestFile) => admin.attach('/admin/project-settings', 'menuLogo', file);

      it('refuses a polyglot named .html and an SVG, with the same messages', async () => {
        const png = typeOf('image/png');
        const polyglot = {
          content: withScript(await imageBytes('png')),
          filename: 'logo.html',
          contentType: 'image/png',
        };
        const refused = await setMenuLogo(polyglot);
        expect([refused.status, refused.body.error?.message]).toEqual([
          400,
          nameDisagreesMessage('.html', png.label, '.png'),
        ]);
        const svg = await setMenuLogo({ ...svgFile('logo.svg'), contentType: 'image/svg+xml' });
        expect([svg.status, svg.body.error?.message]).toEqual([
          400,
          contentNotAllowedMessage(undefined, '.svg'),
        ]);
      });

      it('stores a logo under its detected type', async () => {
        const res = await setMenuLogo({
          content: await imageBytes('png'),
          filename: 'LOGO.PNG',
          contentType: 'image/jpeg',
        });
        expect(res.status).toBe(200);
        const settings = await admin.get('/admin/project-settings');
        expect(settings.body.menuLogo).toMatchObject({ ext: '.png' });
        expect(settings.body.menuLogo.url).toMatch(/^\/uploads\/[A-Za-z0-9_-]+\.png$/);
      });
    });
  });
});
