import { ALLOWED_UPLOAD_DESCRIPTION } from '../allowed-types';
import { fileTooLargeMessage, fileTypeRefusedMessage, friendlyTypeRefusal } from '../refusal-messages';

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

  it('states the size limit, with the file name when known', () => {
    expect(fileTooLargeMessage(50)).toMatch(/^This file is too large to upload: files can be up to 50 MB\./);
    expect(fileTooLargeMessage(50, 'report.pdf')).toMatch(/^"report\.pdf" is too large to upload/);
  });
});
