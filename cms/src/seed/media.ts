/**
 * Uploads the generated images and PDFs through Strapi's upload service, once each: every
 * upload is recorded in the ledger by key, and only done when content that needs it is created.
 * A file the ledger knows but an editor has since deleted is not uploaded again.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Ledger } from './ledger';
import type { SeedReport } from './report';

export type GeneratedFile = {
  /** Ledger key without the `upload:` prefix, e.g. `image:cover-waves`. */
  key: string;
  name: string;
  mime: 'image/jpeg' | 'image/png' | 'application/pdf';
  alternativeText?: string;
  caption?: string;
  generate: () => Promise<Uint8Array>;
};

export type MediaLibrary = {
  /** The media library id of the file, uploading it first if this seed never has. */
  fileId: (file: GeneratedFile) => Promise<number | undefined>;
  /**
   * Deletes the files this run stored, when the run failed and its database changes were rolled
   * back: the next run uploads them again, so nothing is left behind.
   */
  discardUploads: () => Promise<void>;
  /** Removes the temporary folder the generated files were written to. */
  close: () => Promise<void>;
};

type UploadedFile = { id: number; formats?: Record<string, unknown> | null };
type UploadProvider = { delete: (file: unknown) => Promise<unknown> };
type UploadService = {
  upload: (input: {
    data: { fileInfo: { name: string; alternativeText?: string; caption?: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }) => Promise<UploadedFile[]>;
};

export const openMediaLibrary = (strapi: Core.Strapi, ledger: Ledger, report: SeedReport): MediaLibrary => {
  let workDir: string | undefined;
  const ids = new Map<string, number | undefined>();
  const uploadedThisRun: UploadedFile[] = [];

  const stillExists = async (id: number): Promise<boolean> =>
    (await strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['id'] })) !== null;

  const upload = async (file: GeneratedFile): Promise<number> => {
    workDir ??= await mkdtemp(path.join(os.tmpdir(), 'demo-seed-'));
    const bytes = await file.generate();
    const filepath = path.join(workDir, file.name);
    await writeFile(filepath, bytes);
    const service = strapi.plugin('upload').service('upload') as UploadService;
    const [uploaded] = await service.upload({
      data: { fileInfo: { name: file.name, alternativeText: file.alternativeText, caption: file.caption } },
      files: { filepath, originalFilename: file.name, mimetype: file.mime, size: bytes.byteLength },
    });
    if (!uploaded) throw new Error(`The upload service returned nothing for ${file.name}`);
    uploadedThisRun.push(uploaded);
    return uploaded.id;
  };

  const resolve = async (file: GeneratedFile): Promise<number | undefined> => {
    const ledgerKey = `upload:${file.key}`;
    const known = ledger.get(ledgerKey);
    if (known?.fileId !== undefined) {
      if (await stillExists(known.fileId)) return known.fileId;
      strapi.log.warn(
        `[seed] ${file.name} was deleted from the media library; content created now goes without it`,
      );
      return undefined;
    }
    const id = await upload(file);
    ledger.record(ledgerKey, { fileId: id });
    report.uploads += 1;
    return id;
  };

  return {
    fileId: async (file) => {
      if (!ids.has(file.key)) ids.set(file.key, await resolve(file));
      return ids.get(file.key);
    },
    discardUploads: async () => {
      const provider = strapi.plugin('upload').provider as UploadProvider;
      for (const file of uploadedThisRun.splice(0)) {
        for (const format of Object.values(file.formats ?? {}))
          await provider.delete(format).catch(() => undefined);
        await provider.delete(file).catch(() => undefined);
      }
    },
    close: async () => {
      if (workDir) await rm(workDir, { recursive: true, force: true });
    },
  };
};
