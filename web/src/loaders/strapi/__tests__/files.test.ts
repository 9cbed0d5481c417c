import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { readManifests } from '../../../lib/cms/files/manifest';
import { cachedFilePath } from '../../../lib/cms/files/paths';
import { resourcesSchema } from '../../../lib/cms/schemas';
import { parseLoaderSettings } from '../options';
import { syncFromCms } from '../sync';
import { startFakeCms, type FakeCms } from './helpers/fake-cms';
import { fakeContext, type FakeContext } from './helpers/fake-context';
import { at, resourceNode } from './helpers/nodes';

let cms: FakeCms;
let cacheDir: string;
const pdf = Buffer.from('%PDF-1.4 a guide for young people\n');
const arabicPdf = Buffer.from('%PDF-1.4 دليل\n');

beforeEach(async () => {
  cms = await startFakeCms();
  cms.files.set('/uploads/guide_abc.pdf', pdf);
  cms.files.set('/uploads/guide_ar.pdf', arabicPdf);
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'loader-files-'));
});
afterEach(async () => {
  await cms.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

const sync = (ctx: FakeContext) =>
  syncFromCms(ctx, {
    collection: 'resources',
    settings: parseLoaderSettings({ url: cms.url, token: cms.token }),
    filesCacheDir: cacheDir,
  });

describe('resource files', () => {
  it('copies each file into a content-addressed path and describes it', async () => {
    cms.documents.resources = [
      resourceNode(1, [
        { language: 'en', url: '/uploads/guide_abc.pdf', name: 'Guide for Young People (2026).pdf' },
        { language: 'ar', url: '/uploads/guide_ar.pdf', name: 'دليل.pdf' },
      ]),
    ];
    const ctx = fakeContext('resources', resourcesSchema);
    await sync(ctx);

    const files = ctx.entries.get('en/resource-1')?.data.files as Array<Record<string, unknown>>;
    const sha = createHash('sha256').update(pdf).digest('hex').slice(0, 16);
    expect(files[0]).toEqual({
      language: 'en',
      label: null,
      href: `/files/${sha}/guide-for-young-people-2026.pdf`,
      mime: 'application/pdf',
      ext: 'pdf',
      sizeBytes: pdf.byteLength,
      name: 'Guide for Young People (2026).pdf',
    });
    expect(files[1]?.href).toMatch(/^\/files\/[0-9a-f]{16}\/file\.pdf$/);
    expect(readFileSync(cachedFilePath(cacheDir, String(files[0]?.href)))).toEqual(pdf);
    expect((await readManifests(cacheDir)).map((f) => f.href).sort()).toEqual(
      files.map((f) => String(f.href)).sort(),
    );
  });

  it('does not download an unchanged file again, and drops a withdrawn one from the manifest', async () => {
    cms.documents.resources = [
      resourceNode(1, [{ language: 'en', url: '/uploads/guide_abc.pdf', name: 'guide.pdf' }]),
      resourceNode(2, [{ language: 'ar', url: '/uploads/guide_ar.pdf', name: 'guide-ar.pdf' }]),
    ];
    const ctx = fakeContext('resources', resourcesSchema);
    await sync(ctx);
    expect(cms.fileRequests).toHaveLength(2);

    // An edit to the resource's text refetches the entry but not its unchanged file.
    Object.assign(cms.documents.resources[0]!, { title: 'Renamed', updatedAt: at(20) });
    cms.documents.resources = cms.documents.resources.filter((r) => r.documentId !== 'res2');
    const counts = await sync(ctx);
    expect(counts).toMatchObject({ fetched: 1, deleted: 1 });
    expect(cms.fileRequests).toHaveLength(2);
    expect((await readManifests(cacheDir)).map((f) => f.href)).toEqual([
      (ctx.entries.get('en/resource-1')?.data.files as Array<{ href: string }>)[0]?.href,
    ]);
  });

  it('downloads again when the cached copy has gone', async () => {
    cms.documents.resources = [
      resourceNode(1, [{ language: 'en', url: '/uploads/guide_abc.pdf', name: 'g.pdf' }]),
    ];
    const ctx = fakeContext('resources', resourcesSchema);
    await sync(ctx);
    const href = (ctx.entries.get('en/resource-1')?.data.files as Array<{ href: string }>)[0]!.href;
    rmSync(cachedFilePath(cacheDir, href));
    const counts = await sync(ctx);
    expect(counts.fetched).toBe(1);
    expect(existsSync(cachedFilePath(cacheDir, href))).toBe(true);
    expect(cms.fileRequests).toHaveLength(2);
  });

  it('serves the new bytes when an editor replaces a file in the media library', async () => {
    // Strapi's "Replace media" keeps the file's URL and hash and leaves the resource untouched:
    // only the file's updatedAt and the media library's fingerprint change.
    cms.documents.resources = [
      resourceNode(1, [{ language: 'en', url: '/uploads/guide_abc.pdf', name: 'guide.pdf' }]),
      resourceNode(2, [{ language: 'en', url: '/uploads/guide_ar.pdf', name: 'other.pdf' }]),
    ];
    cms.mediaLibrary = [at(1), at(1)];
    const ctx = fakeContext('resources', resourcesSchema);
    await sync(ctx);
    const before = (ctx.entries.get('en/resource-1')?.data.files as Array<{ href: string }>)[0]!.href;

    const revised = Buffer.from('%PDF-1.4 the revised guide\n');
    cms.files.set('/uploads/guide_abc.pdf', revised);
    const file = (cms.documents.resources[0]!.files as Array<{ file: { updatedAt: string } }>)[0]!.file;
    file.updatedAt = at(40);
    cms.mediaLibrary = [at(40), at(1)];
    const counts = await sync(ctx);

    expect(counts.mode).toBe('full');
    const after = (ctx.entries.get('en/resource-1')?.data.files as Array<{ href: string }>)[0]!.href;
    expect(after).not.toBe(before);
    expect(readFileSync(cachedFilePath(cacheDir, after))).toEqual(revised);
    expect(ctx.logs.some((l) => /the media library changed since the last build/.test(l.message))).toBe(true);

    // Nothing changed since: the next sync is incremental again.
    expect((await sync(ctx)).mode).toBe('incremental');
  });

  it('fails the sync when a file cannot be downloaded', async () => {
    cms.documents.resources = [
      resourceNode(1, [{ language: 'en', url: '/uploads/missing.pdf', name: 'm.pdf' }]),
    ];
    await expect(sync(fakeContext('resources', resourcesSchema))).rejects.toThrow(
      /Cannot download m\.pdf from http:\/\/127\.0\.0\.1:\d+\/uploads\/missing\.pdf: HTTP 404/,
    );
  });
});
