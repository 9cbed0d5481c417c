import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uploadTypeByExtension, uploadTypeByMime, type UploadType } from '../uploads/allowed-types';
import { checkFile, storedName } from '../uploads/check-file';
import { parseFileName } from '../uploads/file-name';
import {
  contentNotAllowedMessage,
  replacementTypeMessage,
  unsafeNameMessage,
} from '../uploads/refusal-messages';

/** A file as the upload plugin's service receives it (formidable's, or one built by code). */
type IncomingFile = {
  filepath?: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  detectedMimeType?: string;
};
type FileInfo = { filename: string; type: string; size: number };
type UploadService = {
  formatFileInfo: (info: FileInfo, ...rest: unknown[]) => Promise<unknown>;
  upload: (
    input: { data: unknown; files: IncomingFile | IncomingFile[] },
    opts?: unknown,
  ) => Promise<unknown>;
  replace: (
    id: number | string,
    input: { data: unknown; file: IncomingFile },
    opts?: unknown,
  ) => Promise<unknown>;
};

const FILE_UID = 'plugin::upload.file';

/** Checks one file and makes Strapi store it under the detected type: it takes the stored
 * extension from `originalFilename` and the stored type from the detected MIME type. */
const acceptFile = async (file: IncomingFile): Promise<UploadType> => {
  if (!file.filepath) throw new errors.ValidationError(contentNotAllowedMessage(undefined));
  const verdict = await checkFile({ name: file.originalFilename ?? '', filepath: file.filepath });
  if (!verdict.ok) throw new errors.ValidationError(verdict.message);
  file.originalFilename = verdict.storedName;
  file.mimetype = verdict.type.mime;
  file.detectedMimeType = verdict.type.mime;
  return verdict.type;
};

/**
 * Every file stored through the upload plugin's service, whichever controller or script calls
 * it (the media library, POST /upload/files, "From URL" imports, Replace media, the content
 * API, the seed, the admin's logo settings), passes the upload rule and is stored under the
 * detected type's extension, never the client's. Replace media keeps a file's address (Strapi keeps its extension), so the
 * new file must be of the type that address stands for.
 */
export const guardUploadService = (strapi: Core.Strapi): void => {
  strapi.get('services').extend('plugin::upload.upload', (service: UploadService) => ({
    ...service,
    upload: async (input: Parameters<UploadService['upload']>[0], opts?: unknown) => {
      for (const file of [input.files].flat()) await acceptFile(file);
      return service.upload(input, opts);
    },
    // The admin's logo settings store files through this alone, with the type the upload check
    // (middlewares/upload-content-check.ts) found in their bytes.
    formatFileInfo: async (info: FileInfo, ...rest: unknown[]) => {
      const type = uploadTypeByMime(info.type);
      const name = parseFileName(info.filename ?? '');
      if (!type) throw new errors.ValidationError(contentNotAllowedMessage(undefined));
      if (!name.ok) throw new errors.ValidationError(unsafeNameMessage());
      return service.formatFileInfo({ ...info, filename: storedName(name.stem, type) }, ...rest);
    },
    replace: async (id: number | string, input: Parameters<UploadService['replace']>[1], opts?: unknown) => {
      const type = await acceptFile(input.file);
      const stored = (await strapi.db.query(FILE_UID).findOne({ where: { id }, select: ['ext'] })) as {
        ext?: string | null;
      } | null;
      if (stored && uploadTypeByExtension(stored.ext ?? '') !== type) {
        throw new errors.ValidationError(replacementTypeMessage(stored.ext || '(no extension)', type.label));
      }
      return service.replace(id, input, opts);
    },
  }));
};
