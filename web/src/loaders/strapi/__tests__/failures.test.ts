import { createServer } from 'node:net';
import { newsSchema } from '../../../lib/cms/schemas';
import { strapiLoader } from '../loader';
import { parseLoaderSettings } from '../options';
import { syncFromCms } from '../sync';
import { startFakeCms } from './helpers/fake-cms';
import { fakeContext } from './helpers/fake-context';

/** A port nothing listens on: bind one, note it, close it. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

describe('strapi loader settings', () => {
  it('names CMS_URL when the URL is missing or not http(s)', () => {
    expect(() => strapiLoader({ collection: 'news', url: undefined, token: 't' })).toThrow(/set CMS_URL/);
    expect(() => strapiLoader({ collection: 'news', url: '  ', token: 't' })).toThrow(/set CMS_URL/);
    expect(() => strapiLoader({ collection: 'news', url: 'ftp://cms', token: 't' })).toThrow(
      /CMS_URL must be/,
    );
  });

  it('names BUILD_API_TOKEN when the token is missing', () => {
    expect(() =>
      strapiLoader({ collection: 'news', url: 'http://127.0.0.1:1337', token: undefined }),
    ).toThrow(/set BUILD_API_TOKEN/);
    expect(() => strapiLoader({ collection: 'news', url: 'http://127.0.0.1:1337', token: '' })).toThrow(
      /set BUILD_API_TOKEN/,
    );
  });

  it('rejects an unknown collection and has a stable name', () => {
    expect(() =>
      strapiLoader({ collection: 'nope' as 'news', url: 'http://127.0.0.1:1337', token: 't' }),
    ).toThrow(/unknown collection "nope"/);
    expect(strapiLoader({ collection: 'news', url: 'http://127.0.0.1:1337/', token: 't' }).name).toBe(
      'strapi-loader',
    );
  });
});

describe('strapi loader when the CMS is not there or says no', () => {
  it('fails with a message naming the CMS URL when nothing listens', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = syncFromCms(fakeContext('news', newsSchema), {
      collection: 'news',
      settings: parseLoaderSettings({ url, token: 't' }),
      filesCacheDir: '/nonexistent',
    });
    await expect(run).rejects.toThrow(
      new RegExp(
        `^Cannot reach the CMS at ${url.replace(/\./g, '\\.')}: connect ECONNREFUSED .*Is it running\\?$`,
      ),
    );
  });

  it('says the token was refused on HTTP 401', async () => {
    const cms = await startFakeCms();
    try {
      const run = syncFromCms(fakeContext('news', newsSchema), {
        collection: 'news',
        settings: parseLoaderSettings({ url: cms.url, token: 'wrong-token' }),
        filesCacheDir: '/nonexistent',
      });
      await expect(run).rejects.toThrow(/refused the build token \(HTTP 401\).*BUILD_API_TOKEN/);
    } finally {
      await cms.close();
    }
  });

  it('fails when the CMS lists no locales', async () => {
    const cms = await startFakeCms({ locales: [] });
    try {
      const run = syncFromCms(fakeContext('news', newsSchema), {
        collection: 'news',
        settings: parseLoaderSettings({ url: cms.url, token: cms.token }),
        filesCacheDir: '/nonexistent',
      });
      await expect(run).rejects.toThrow(/lists no locales/);
    } finally {
      await cms.close();
    }
  });
});
