import { isContentApiPath } from '../published-only';
import { isUploadPath } from '../upload-messages';

describe('request path checks', () => {
  it.each([
    ['/api', true],
    ['/api/articles', true],
    ['/api/articles/abc', true],
    ['/apiary', false],
    ['/content-manager/collection-types/api::article.article', false],
    ['/admin/login', false],
    ['/graphql', false],
  ])('isContentApiPath(%s) is %s', (path, expected) => {
    expect(isContentApiPath(path, '/api')).toBe(expected);
  });

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
