/** What editors may upload: documents people download and images the site shows. */
export type UploadType = {
  mime: string;
  /** What an editor calls it, in messages: "its content is a PDF document". */
  label: string;
  /** Lower-case extensions a file of this type may have; the first is the one it is stored under. */
  extensions: readonly [string, ...string[]];
  /** Shown in the browser (images, PDF) rather than downloaded. */
  inline: boolean;
};

export const UPLOAD_TYPES: readonly UploadType[] = [
  { mime: 'application/pdf', label: 'a PDF document', extensions: ['.pdf'], inline: true },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'a Word document',
    extensions: ['.docx'],
    inline: false,
  },
  {
    mime: 'application/vnd.oasis.opendocument.text',
    label: 'an OpenDocument text',
    extensions: ['.odt'],
    inline: false,
  },
  { mime: 'application/epub+zip', label: 'an EPUB e-book', extensions: ['.epub'], inline: false },
  { mime: 'image/jpeg', label: 'a JPEG image', extensions: ['.jpg', '.jpeg'], inline: true },
  { mime: 'image/png', label: 'a PNG image', extensions: ['.png'], inline: true },
  { mime: 'image/webp', label: 'a WebP image', extensions: ['.webp'], inline: true },
  { mime: 'image/avif', label: 'an AVIF image', extensions: ['.avif'], inline: true },
];

export const ALLOWED_UPLOAD_TYPES = UPLOAD_TYPES.map((type) => type.mime);

/** Refused even if a wildcard is ever added above: they can carry scripts. */
export const DENIED_UPLOAD_TYPES = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'text/javascript',
] as const;

export const ALLOWED_UPLOAD_DESCRIPTION =
  'PDF (.pdf), Word (.docx), OpenDocument (.odt), EPUB (.epub), JPEG (.jpg or .jpeg), PNG (.png), WebP (.webp) or AVIF (.avif) files';

export const uploadTypeByMime = (mime: string | undefined): UploadType | undefined =>
  UPLOAD_TYPES.find((type) => type.mime === mime);

/** The allowed type a (lower- or upper-case) extension such as `.PDF` belongs to. */
export const uploadTypeByExtension = (extension: string): UploadType | undefined => {
  const lower = extension.toLowerCase();
  return UPLOAD_TYPES.find((type) => type.extensions.includes(lower));
};
