/**
 * A file name safe in a URL on any host: lower-case ASCII letters, digits and dashes, plus the
 * extension. Names with nothing ASCII left (e.g. an Arabic title) become "file".
 */
import { DOWNLOAD_TYPES } from './download-types';

/**
 * The extension a CMS file gets in the site: one the site's servers send as the file's own type
 * (download-types.ts), so no visitor ever gets or saves it under a name a
 * browser would run. The CMS's extension when it stands for the file's type (`.jpeg` stays), the
 * type's own otherwise (a file an older CMS stored as `guide.xml` with type image/avif becomes
 * `.avif`), and `bin` for a type no editor may upload (sent as bytes to download).
 */
export const safeExtension = (ext: string | null | undefined, name: string, mime: string): string => {
  const raw = (ext ?? '').replace(/^\./, '') || (name.includes('.') ? (name.split('.').pop() ?? '') : '');
  const type = DOWNLOAD_TYPES.find((candidate) => candidate.contentType === mime.trim().toLowerCase());
  if (!type) return 'bin';
  const claimed = raw.toLowerCase();
  return type.extensions.includes(claimed) ? claimed : (type.extensions[0] ?? 'bin');
};

export const safeFileName = (name: string, ext: string): string => {
  const withoutExt = name.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  const base = withoutExt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'file'}.${ext}`;
};
