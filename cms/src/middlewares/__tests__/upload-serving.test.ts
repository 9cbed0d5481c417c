import { requestedUpload } from '../upload-serving';

describe('requestedUpload', () => {
  it.each([
    ['/uploads/guide.xml', 'guide.xml'],
    ['/UPLOADS/guide.xml', 'guide.xml'],
    ['/%75ploads/guide.xml', 'guide.xml'],
    ['/uploads/guide%2Exml', 'guide.xml'],
    ['//uploads/guide.xml', 'guide.xml'],
    ['/uploads//guide.xml', 'guide.xml'],
    ['/uploads/./guide.xml', 'guide.xml'],
    ['/x/../uploads/guide.xml', 'guide.xml'],
    ['/x/%2e%2e/uploads/guide.xml', 'guide.xml'],
  ])('finds the upload %s names', (requestPath, name) => {
    expect(requestedUpload(requestPath)).toBe(name);
  });

  it.each([
    '/uploads/',
    '/uploads',
    '/admin/guide.xml',
    '/uploadsx/guide.xml',
    '/uploads/a/b.xml',
    '/%E0%A4%A',
  ])('finds none in %s', (requestPath) => {
    expect(requestedUpload(requestPath)).toBeUndefined();
  });
});
