import { createServer } from 'node:net';
import { newsSchema } from '../../../lib/cms/schemas';
import { CmsRequestError, emptyRequiredFields } from '../client';
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

describe('an entry whose required field is empty', () => {
  const answer = (errors: unknown[]) =>
    new CmsRequestError('could not answer', { cause: { response: { errors } } });
  const empty = (field: string, path: unknown[]) => ({
    message: `Cannot return null for non-nullable field Article.${field}.`,
    path,
  });

  it('is recognised by the fields GraphQL names, in a list or a single type', () => {
    expect(
      emptyRequiredFields(
        answer([
          empty('summary', ['articles_connection', 'nodes', 6, 'summary']),
          empty('title', ['articles_connection', 'nodes', 9, 'title']),
        ]),
      ),
    ).toEqual(['summary', 'title']);
    expect(emptyRequiredFields(answer([empty('mission', ['about', 'mission'])]))).toEqual(['mission']);
  });

  it('is not guessed from anything else: the build still stops on a real failure', () => {
    expect(emptyRequiredFields(new Error('fetch failed'))).toBeUndefined();
    expect(emptyRequiredFields(answer([]))).toBeUndefined();
    expect(
      emptyRequiredFields(answer([{ message: 'Forbidden access', path: ['articles_connection'] }])),
    ).toBeUndefined();
    // Inside a component: filtering it out could drop entries that merely have no cover.
    expect(
      emptyRequiredFields(answer([empty('alt', ['articles_connection', 'nodes', 1, 'cover', 'alt'])])),
    ).toBeUndefined();
    expect(
      emptyRequiredFields(
        answer([
          empty('summary', ['articles_connection', 'nodes', 6, 'summary']),
          { message: 'boom', path: [] },
        ]),
      ),
    ).toBeUndefined();
  });
});
