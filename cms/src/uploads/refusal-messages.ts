import { ALLOWED_UPLOAD_DESCRIPTION } from './allowed-types';

/**
 * Upload refusals an editor can act on. Strapi's own wording ("File type 'image/svg+xml'
 * is not allowed", "x.pdf exceeds size limit of 50MB.") says what is wrong but not what to do.
 */

export const fileTypeRefusedMessage = (type?: string): string =>
  `This file type${type ? ` (${type})` : ''} cannot be uploaded. Allowed: ${ALLOWED_UPLOAD_DESCRIPTION}.`;

const YOU_CAN_UPLOAD = `You can upload ${ALLOWED_UPLOAD_DESCRIPTION}.`;

/** The name claims one type (or an unknown one) and the content is an allowed other type. */
export const nameDisagreesMessage = (
  extension: string,
  contentLabel: string,
  rightExtension: string,
): string =>
  `This file's name ends in ${extension} but its content is ${contentLabel}. ${YOU_CAN_UPLOAD} ` +
  `Rename the file to end in ${rightExtension}, or upload the right file.`;

/**
 * The content is of no allowed type: `contentLabel` says what it is when it was recognised,
 * `extension` is the name's, and `claimedLabel` the allowed type that extension promised.
 */
export const contentNotAllowedMessage = (
  contentLabel: string | undefined,
  extension?: string,
  claimedLabel?: string,
): string => {
  const what = contentLabel ?? 'not of a type we recognise';
  let problem = `This file's content is ${what}, which cannot be uploaded.`;
  if (extension && claimedLabel) {
    problem = `This file's name ends in ${extension} but it is not ${claimedLabel}: its content is ${what}.`;
  } else if (extension && !contentLabel) {
    problem = `Files ending in ${extension} cannot be uploaded.`;
  }
  return `${problem} ${YOU_CAN_UPLOAD} Check that you chose the right file.`;
};

export const unsafeNameMessage = (): string =>
  "This file's name contains characters that cannot be used in a file name (control characters, " +
  'slashes, or marks that reverse the direction of the text). Rename the file and upload it again.';

/** Replace media keeps the file's address, so the new file must be of the old one's type. */
export const replacementTypeMessage = (storedExtension: string, contentLabel: string): string =>
  `Replacing a file keeps its address, which ends in ${storedExtension}, so the new file must be of the same type, ` +
  `but its content is ${contentLabel}. Upload it as a new file instead.`;

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
