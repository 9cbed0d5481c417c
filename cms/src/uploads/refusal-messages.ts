import { ALLOWED_UPLOAD_DESCRIPTION } from './allowed-types';

/**
 * Upload refusals an editor can act on. Strapi's own wording ("File type 'image/svg+xml'
 * is not allowed", "x.pdf exceeds size limit of 50MB.") says what is wrong but not what to do.
 */

export const fileTypeRefusedMessage = (type?: string): string =>
  `This file type${type ? ` (${type})` : ''} cannot be uploaded. Allowed: ${ALLOWED_UPLOAD_DESCRIPTION}.`;

export const fileTooLargeMessage = (limitMb: number, fileName?: string): string =>
  `${fileName ? `"${fileName}" is` : 'This file is'} too large to upload: files can be up to ${limitMb} MB. ` +
  'Try compressing it, or splitting a long document into parts.';

// Strapi 5.54's refusals from @strapi/upload (utils/mime-validation, services/upload).
const NAMED_TYPE = /^File type '([^']+)' is not allowed/;
const UNNAMED_TYPE = /^(MIME type is not allowed|Cannot verify file type for security reasons)/;

/**
 * The editor's wording for a type refusal from the upload plugin, or undefined when the
 * message is not one. `declaredType` is what the browser said the file was, used when
 * Strapi's message does not name the type.
 */
export const friendlyTypeRefusal = (strapiMessage: string, declaredType?: string): string | undefined => {
  const named = NAMED_TYPE.exec(strapiMessage);
  if (named) return fileTypeRefusedMessage(named[1]);
  if (UNNAMED_TYPE.test(strapiMessage)) {
    const usable = declaredType && declaredType !== 'application/octet-stream' ? declaredType : undefined;
    return fileTypeRefusedMessage(usable);
  }
  return undefined;
};
