import { readBuildEnv, readSiteEnv } from '../env';

describe('web env', () => {
  it('defaults the URLs and trims trailing slashes', () => {
    expect(readSiteEnv({})).toEqual({
      CMS_URL: 'http://127.0.0.1:1337',
      SITE_URL: 'http://127.0.0.1:4321',
      SITE_SEARCH_INDEX: 'build',
    });
    expect(readSiteEnv({ CMS_URL: 'https://cms.example.org/', SITE_URL: '' })).toMatchObject({
      CMS_URL: 'https://cms.example.org',
      SITE_URL: 'http://127.0.0.1:4321',
    });
  });

  it('writes the search index in the build unless the rebuild service updates it after the swap', () => {
    expect(readSiteEnv({ SITE_SEARCH_INDEX: 'after-swap' }).SITE_SEARCH_INDEX).toBe('after-swap');
    expect(() => readSiteEnv({ SITE_SEARCH_INDEX: 'later' })).toThrow(/SITE_SEARCH_INDEX/);
  });

  it('names BUILD_API_TOKEN when the build has no token', () => {
    expect(() => readBuildEnv({})).toThrow(/BUILD_API_TOKEN is required/);
    expect(() => readBuildEnv({ BUILD_API_TOKEN: '  ' })).toThrow(/BUILD_API_TOKEN is required/);
    expect(readBuildEnv({ BUILD_API_TOKEN: 'abc' }).BUILD_API_TOKEN).toBe('abc');
  });

  it('names a URL that is not http(s)', () => {
    expect(() => readSiteEnv({ CMS_URL: 'cms.local' })).toThrow(/CMS_URL must be an http\(s\) URL/);
    expect(() => readSiteEnv({ SITE_URL: 'ftp://site' })).toThrow(/SITE_URL must be an http\(s\) URL/);
  });
});
