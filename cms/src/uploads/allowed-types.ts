/** What editors may upload: documents people download and images the site shows. */
export const ALLOWED_UPLOAD_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/epub+zip',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
] as const;

/** Refused even if a wildcard is ever added above: they can carry scripts. */
export const DENIED_UPLOAD_TYPES = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'text/javascript',
] as const;

export const ALLOWED_UPLOAD_DESCRIPTION =
  'PDF, Word (.docx), OpenDocument (.odt), EPUB, JPEG, PNG, WebP or AVIF';
