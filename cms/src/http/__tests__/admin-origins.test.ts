import { adminOrigins } from '../admin-origins';

describe('adminOrigins', () => {
  it('is the loopback addresses of the port when the CMS listens locally or on every interface', () => {
    for (const HOST of ['127.0.0.1', 'localhost', '0.0.0.0', '::']) {
      expect(adminOrigins({ HOST, PORT: 1337, PUBLIC_URL: undefined })).toEqual([
        'http://127.0.0.1:1337',
        'http://localhost:1337',
      ]);
    }
  });

  it('is the host and port it listens on otherwise', () => {
    expect(adminOrigins({ HOST: '10.0.0.5', PORT: 8000, PUBLIC_URL: undefined })).toEqual([
      'http://10.0.0.5:8000',
    ]);
  });

  it("puts PUBLIC_URL's origin first, without its path", () => {
    expect(
      adminOrigins({ HOST: '0.0.0.0', PORT: 1337, PUBLIC_URL: 'https://cms.example.org/admin' }),
    ).toEqual(['https://cms.example.org', 'http://127.0.0.1:1337', 'http://localhost:1337']);
  });
});
