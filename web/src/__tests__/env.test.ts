import { readBuildEnv, readPreviewEnv, readSiteEnv, siteEnv } from '../env';

describe('web env', () => {
  it('defaults the URLs and trims trailing slashes', () => {
    expect(readSiteEnv({})).toEqual({
      CMS_URL: 'http://127.0.0.1:1337',
      SITE_URL: 'http://127.0.0.1:4321',
    });
    expect(readSiteEnv({ CMS_URL: 'https://cms.example.org/', SITE_URL: '' })).toMatchObject({
      CMS_URL: 'https://cms.example.org',
      SITE_URL: 'http://127.0.0.1:4321',
    });
  });

  it('has no search index flag: the rebuild service passes it to the build explicitly', () => {
    expect(readSiteEnv({ SITE_SEARCH_INDEX: 'after-swap' })).not.toHaveProperty('SITE_SEARCH_INDEX');
  });

  it('names BUILD_API_TOKEN when the build has no token', () => {
    expect(() => readBuildEnv({})).toThrow(/BUILD_API_TOKEN is required/);
    expect(() => readBuildEnv({ BUILD_API_TOKEN: '  ' })).toThrow(/BUILD_API_TOKEN is required/);
    expect(readBuildEnv({ BUILD_API_TOKEN: 'abc' }).BUILD_API_TOKEN).toBe('abc');
  });

  it.each(['SEARCH_PAGES_PER_SHARD', 'SEARCH_INDEX_WORKERS'] as const)(
    'reads %s, empty as unset, and names a value that is not a whole number',
    (name) => {
      expect(readSiteEnv({ [name]: '' })[name]).toBeUndefined();
      expect(readSiteEnv({})[name]).toBeUndefined();
      expect(readSiteEnv({ [name]: ' 500 ' })[name]).toBe(500);
      for (const bad of ['0', '-3', '2.5', 'lots'])
        expect(() => readSiteEnv({ [name]: bad })).toThrow(new RegExp(`${name} must be a whole number`));
    },
  );

  it('reads the process environment again once one of its variables changed, and refuses a bad one each time', () => {
    const saved = process.env.SITE_URL;
    try {
      process.env.SITE_URL = 'https://one.example.org/';
      const first = siteEnv();
      expect(first.SITE_URL).toBe('https://one.example.org');
      expect(siteEnv()).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      process.env.SITE_URL = 'https://two.example.org';
      expect(siteEnv().SITE_URL).toBe('https://two.example.org');
      process.env.SITE_URL = 'ftp://three.example.org';
      expect(() => siteEnv()).toThrow(/SITE_URL must be an http\(s\) URL/);
      expect(() => siteEnv()).toThrow(/SITE_URL must be an http\(s\) URL/);
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });

  it('names a URL that is not http(s)', () => {
    expect(() => readSiteEnv({ CMS_URL: 'cms.local' })).toThrow(/CMS_URL must be an http\(s\) URL/);
    expect(() => readSiteEnv({ SITE_URL: 'ftp://site' })).toThrow(/SITE_URL must be an http\(s\) URL/);
  });
});

describe('web env: who holds which token', () => {
  it('the site build never holds the preview token', () => {
    expect(() => readBuildEnv({ BUILD_API_TOKEN: 'abc', PREVIEW_API_TOKEN: 'def' })).toThrow(
      /PREVIEW_API_TOKEN must not be set here: only the draft preview server holds it/,
    );
    expect(readBuildEnv({ BUILD_API_TOKEN: 'abc', PREVIEW_API_TOKEN: '' }).BUILD_API_TOKEN).toBe('abc');
  });

  it('the preview bundle never holds the build token', () => {
    const preview = { PREVIEW_API_TOKEN: 'def', PREVIEW_DATA_DIR: '/data/preview' };
    expect(readPreviewEnv(preview).PREVIEW_API_TOKEN).toBe('def');
    expect(() => readPreviewEnv({ ...preview, BUILD_API_TOKEN: 'abc' })).toThrow(
      /BUILD_API_TOKEN must not be set here: only the site build holds it/,
    );
    expect(() => readPreviewEnv({ PREVIEW_DATA_DIR: '/data' })).toThrow(/PREVIEW_API_TOKEN is required/);
  });
});
