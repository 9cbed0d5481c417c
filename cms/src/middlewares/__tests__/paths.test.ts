import { isUploadPath } from '../upload-messages';

describe('request path checks', () => {
  it.each([
    ['/upload', true],
    ['/upload/files/3/replace', true],
    ['/api/upload', true],
    ['/api/upload/files', true],
    ['/uploads/photo.png', false],
    ['/api/uploads', false],
    ['/content-manager/upload', false],
  ])('isUploadPath(%s) is %s', (path, expected) => {
    expect(isUploadPath(path, '/api')).toBe(expected);
  });
});
