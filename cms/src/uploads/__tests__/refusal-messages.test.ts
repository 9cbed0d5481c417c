import { ALLOWED_UPLOAD_DESCRIPTION } from '../allowed-types';
import {
  contentNotAllowedMessage,
  fileTooLargeMessage,
  fileTypeRefusedMessage,
  friendlyTypeRefusal,
  nameDisagreesMessage,
  replacementTypeMessage,
} from '../refusal-messages';

describe('upload refusal messages', () => {
  it('names the refused type and lists what is allowed', () => {
    expect(fileTypeRefusedMessage('image/svg+xml')).toBe(
      `This file type (image/svg+xml) cannot be uploaded. Allowed: ${ALLOWED_UPLOAD_DESCRIPTION}.`,
    );
    expect(fileTypeRefusedMessage()).toBe(
      `This file type cannot be uploaded. Allowed: ${ALLOWED_UPLOAD_DESCRIPTION}.`,
    );
  });

  it("rewords Strapi's refusal that names the type", () => {
    expect(friendlyTypeRefusal("File type 'text/html' is not allowed", 'text/plain')).toBe(
      fileTypeRefusedMessage('text/html'),
    );
  });

  it("uses the browser's declared type when Strapi's refusal has none", () => {
    expect(friendlyTypeRefusal('MIME type is not allowed', 'application/x-msdownload')).toBe(
      fileTypeRefusedMessage('application/x-msdownload'),
    );
    expect(
      friendlyTypeRefusal('Cannot verify file type for security reasons', 'application/octet-stream'),
    ).toBe(fileTypeRefusedMessage());
  });

  it('leaves other messages alone', () => {
    expect(friendlyTypeRefusal('File id is required')).toBeUndefined();
    expect(friendlyTypeRefusal('Files are empty', 'image/png')).toBeUndefined();
  });

  it('says what the name claims, what the content is, what is allowed and what to do', () => {
    expect(nameDisagreesMessage('.xml', 'an AVIF image', '.avif')).toBe(
      "This file's name ends in .xml but its content is an AVIF image. You can upload PDF (.pdf), Word (.docx), " +
        'OpenDocument (.odt), EPUB (.epub), JPEG (.jpg or .jpeg), PNG (.png), WebP (.webp) or AVIF (.avif) files. ' +
        'Rename the file to end in .avif, or upload the right file.',
    );
    expect(contentNotAllowedMessage('a ZIP archive', '.docx', 'a Word document')).toMatch(
      /^This file's name ends in \.docx but it is not a Word document: its content is a ZIP archive\. You can upload PDF/,
    );
    expect(contentNotAllowedMessage(undefined, '.svg')).toMatch(
      /^Files ending in \.svg cannot be uploaded\. You can upload/,
    );
    expect(contentNotAllowedMessage(undefined)).toMatch(
      /^This file's content is not of a type we recognise, which cannot be uploaded\. You can upload .* Check that you chose the right file\.$/,
    );
    expect(replacementTypeMessage('.pdf', 'a PNG image')).toMatch(
      /ends in \.pdf, so the new file must be of the same type, but its content is a PNG image\. Upload it as a new file instead\.$/,
    );
  });

  it('states the size limit, with the file name when known', () => {
    expect(fileTooLargeMessage(50)).toMatch(/^This file is too large to upload: files can be up to 50 MB\./);
    expect(fileTooLargeMessage(50, 'report.pdf')).toMatch(/^"report\.pdf" is too large to upload/);
  });
});
