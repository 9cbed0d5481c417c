/**
 * How a stored upload is sent, decided by its stored name alone (the name Strapi gave it, whose
 * extension now comes from the detected type). Images and PDFs are shown in the browser; Word,
 * OpenDocument and EPUB files are downloaded; anything else (a file stored before uploads were
 * checked, say `guide.xml` or `logo.svg`) is sent as plain bytes to download, so no upload can
 * ever run as a page or script on the CMS's origin.
 */
import path from 'node:path';
import { uploadTypeByExtension } from './allowed-types';

export type ServedAs = { contentType: string; disposition: string | undefined };

export const OPAQUE_TYPE = 'application/octet-stream';

export const servedAs = (storedName: string): ServedAs => {
  const extension = path.extname(storedName);
  const type = uploadTypeByExtension(extension);
  if (type?.inline) return { contentType: type.mime, disposition: undefined };
  // Only letters, digits, `_` and `-` in the name a browser saves it under, and a harmless
  // extension when the real one is not allowed.
  const stem =
    path
      .basename(storedName, extension)
      .replace(/[^A-Za-z0-9_-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 100) || 'file';
  const savedExtension = type ? extension.toLowerCase() : '.bin';
  return {
    contentType: type?.mime ?? OPAQUE_TYPE,
    disposition: `attachment; filename="${stem}${savedExtension}"`,
  };
};
