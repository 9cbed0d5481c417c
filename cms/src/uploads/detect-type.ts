/**
 * The type of a file from its bytes, never from its name or the type the browser claimed.
 *
 * `file-type` is the detector Strapi's upload plugin itself uses (same version), but Strapi reads
 * only the first 4,100 bytes and, when those say "ZIP", trusts the name's extension: a plain ZIP
 * named `.docx` passes as a Word document there. Here the whole file is open to the detector, so
 * Word, OpenDocument and EPUB are told apart from any other ZIP by what is inside: the
 * `[Content_Types].xml` part that names a Word main document, or the stored `mimetype` entry that
 * OpenDocument and EPUB put first.
 */
export type DetectedType = { mime: string } | undefined;

export const detectFileType = async (filepath: string): Promise<DetectedType> => {
  const { fileTypeFromFile } = await import('file-type');
  const found = await fileTypeFromFile(filepath);
  return found ? { mime: found.mime } : undefined;
};
