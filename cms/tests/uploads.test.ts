/**
 * The media library takes only the allowed file types, up to the size limit, and tells an
 * editor what they may upload instead when it refuses a file.
 */
import { ALLOWED_UPLOAD_DESCRIPTION } from '../src/uploads/allowed-types';
import { fileTooLargeMessage, fileTypeRefusedMessage } from '../src/uploads/refusal-messages';
import { superAdminClient, type AdminClient } from './helpers/admin';
import { htmlFile, pdfFile, pngFile, svgFile, textFile } from './helpers/files';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

const LIMIT_MB = 1;

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

describe('uploads', () => {
  let cms: TestCms;
  let admin: AdminClient;
  const fileCount = () => cms.strapi.db.query('plugin::upload.file').count();

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
    ['SVG', svgFile(), 'image/svg+xml'],
    ['HTML', htmlFile(), 'text/html'],
    ['plain text', textFile(), 'text/plain'],
  ])('refuses %s and says what is allowed', async (_name, file, type) => {
    const before = await fileCount();
    const res = await admin.upload(file);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(fileTypeRefusedMessage(type));
    expect(res.body.error.message).toContain(`(${type})`);
    expect(res.body.error.message).toContain(ALLOWED_UPLOAD_DESCRIPTION);
    expect(await fileCount()).toBe(before);
  });

  it('refuses an SVG that claims to be a PNG by its type only', async () => {
    const res = await admin.upload({ ...svgFile('logo.svg'), contentType: 'image/png' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('cannot be uploaded. Allowed:');
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

  it('takes no uploads through the content API, even with the build token', async () => {
    const file = pdfFile();
    const before = await fileCount();
    for (const token of [TEST_SECRETS.BUILD_API_TOKEN, undefined]) {
      const req = cms.request().post('/api/upload');
      if (token) req.set('Authorization', `Bearer ${token}`);
      const res = await req.attach('files', file.content, {
        filename: file.filename,
        contentType: file.contentType,
      });
      expect([401, 403]).toContain(res.status);
    }
    expect(await fileCount()).toBe(before);
  });
});
