/**
 * The one rule every file that enters the CMS passes: its content must be of an allowed type
 * (detected from the bytes), and its name's extension, if it has one, must be one of that type's.
 * An accepted file is stored under the detected type's own extension, whatever the name said.
 */
import { uploadTypeByExtension, uploadTypeByMime, type UploadType } from './allowed-types';
import { detectFileType } from './detect-type';
import { parseFileName } from './file-name';
import { contentNotAllowedMessage, nameDisagreesMessage, unsafeNameMessage } from './refusal-messages';

export type FileVerdict =
  | {
      ok: true;
      type: UploadType;
      /** The name to store the file under: the client's stem, the detected type's extension. */
      storedName: string;
    }
  | { ok: false; message: string };

/** Words for types editors may try that cannot be uploaded. */
const REFUSED_TYPE_LABELS: Readonly<Record<string, string>> = {
  'application/zip': 'a ZIP archive',
  'application/xml': 'XML',
  'image/gif': 'a GIF image',
  'image/svg+xml': 'an SVG image',
  'image/heic': 'a HEIC photo',
  'image/heif': 'a HEIF photo',
  'application/msword': 'an old-style Word document (.doc)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'an Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'a PowerPoint presentation',
  'application/x-msdownload': 'a Windows program',
  'application/x-ole-storage': 'an old-style Office file',
};

const refusedTypeLabel = (mime: string | undefined): string | undefined =>
  mime === undefined ? undefined : (REFUSED_TYPE_LABELS[mime] ?? `of type ${mime}`);

export const checkFile = async (file: { name: string; filepath: string }): Promise<FileVerdict> => {
  const name = parseFileName(file.name);
  if (!name.ok) return { ok: false, message: unsafeNameMessage() };
  const detected = await detectFileType(file.filepath);
  const type = uploadTypeByMime(detected?.mime);
  if (!type) {
    const claimed = name.extension ? uploadTypeByExtension(name.extension) : undefined;
    return {
      ok: false,
      message: contentNotAllowedMessage(refusedTypeLabel(detected?.mime), name.extension, claimed?.label),
    };
  }
  if (name.extension !== undefined && !type.extensions.includes(name.extension)) {
    return { ok: false, message: nameDisagreesMessage(name.extension, type.label, type.extensions[0]) };
  }
  return { ok: true, type, storedName: storedName(name.stem, type) };
};

/** The client's stem (or `file`) with the type's own extension. */
export const storedName = (stem: string, type: UploadType): string =>
  `${stem.replace(/^[\s.]+/u, '') || 'file'}${type.extensions[0]}`;
