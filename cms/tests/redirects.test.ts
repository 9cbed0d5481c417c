/**
 * Old links keep working: the CMS remembers every address an entry was published under (never a
 * draft's), hands them to the build token with where each entry is now, and checks editors'
 * redirects as the admin saves them, against the tricks that would turn the site into an open
 * redirect or a loop.
 */
import { superAdminClient, type AdminClient } from './helpers/admin';
import { minimalContent } from './helpers/content';
import { createCustomToken, startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

jest.setTimeout(180_000);

const CM = '/content-manager/collection-types';
const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const PAGE = 'api::page.page';
const REDIRECT = 'api::redirect.redirect';

type Moved = {
  uid: string;
  locale: string;
  slug: string;
  currentSlug: string | null;
  replacementSlug: string | null;
  replacementLocale: string | null;
};
type Manual = { documentId: string; fromPath: string; toPath: string };
type FieldError = { path: string[]; message: string };

const SITE_REDIRECTS = `{ siteRedirects {
  moved { uid locale slug currentSlug replacementSlug replacementLocale }
  manual { documentId fromPath toPath } } }`;

describe('redirects: previous addresses and editors’ redirects', () => {
  let cms: TestCms;
  let editor: AdminClient;

  const graphql = (query: string, token?: string) => {
    const req = cms.request().post('/graphql').send({ query });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const siteRedirects = async (): Promise<{ moved: Moved[]; manual: Manual[] }> => {
    const res = await graphql(SITE_REDIRECTS, TEST_SECRETS.BUILD_API_TOKEN);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.siteRedirects as { moved: Moved[]; manual: Manual[] };
  };
  const create = async (uid: string, data: Record<string, unknown>, locale = 'en') => {
    const res = await editor.post(`${CM}/${uid}?locale=${locale}`, data);
    expect(res.status).toBe(201);
    return res.body.data as { documentId: string };
  };
  const update = async (uid: string, documentId: string, data: Record<string, unknown>, locale = 'en') => {
    const res = await editor.put(`${CM}/${uid}/${documentId}?locale=${locale}`, data);
    expect(res.status).toBe(200);
  };
  const publish = async (uid: string, documentId: string, locale = 'en') => {
    const res = await editor.post(`${CM}/${uid}/${documentId}/actions/publish?locale=${locale}`, {});
    expect(res.status).toBe(200);
  };
  const movedOf = (moved: Moved[], slug: string) => moved.filter((row) => row.slug === slug);

  beforeAll(async () => {
    cms = await startTestCms({ env: { REDIRECT_ALLOWED_HOSTS: 'www.gov.uk, Partner.example.org' } });
    editor = await superAdminClient(cms, 'redirects@example.org');
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('previous addresses', () => {
    it('remembers the old slug when a published article is published under a new one, in each locale', async () => {
      const { documentId } = await create(ARTICLE, { ...minimalContent[ARTICLE]('first'), slug: 'old-name' });
      await publish(ARTICLE, documentId);
      await update(
        ARTICLE,
        documentId,
        { ...minimalContent[ARTICLE]('first-ar'), slug: 'old-name-ar' },
        'ar',
      );
      await publish(ARTICLE, documentId, 'ar');

      await update(ARTICLE, documentId, { slug: 'new-name' });
      // Saved, not published: the draft's slug is nobody's business but the editor's.
      expect(JSON.stringify(await siteRedirects())).not.toContain('new-name');
      await publish(ARTICLE, documentId);
      await update(ARTICLE, documentId, { slug: 'new-name-ar' }, 'ar');
      await publish(ARTICLE, documentId, 'ar');

      const { moved } = await siteRedirects();
      expect(movedOf(moved, 'old-name')).toEqual([
        expect.objectContaining({ uid: ARTICLE, locale: 'en', currentSlug: 'new-name' }),
      ]);
      expect(movedOf(moved, 'old-name-ar')).toEqual([
        expect.objectContaining({ uid: ARTICLE, locale: 'ar', currentSlug: 'new-name-ar' }),
      ]);
    });

    it('never hands a draft’s slug to the build', async () => {
      const { documentId } = await create(ARTICLE, {
        ...minimalContent[ARTICLE]('draft'),
        slug: 'secret-draft',
      });
      await update(ARTICLE, documentId, { slug: 'secret-draft-two' });
      const text = JSON.stringify(await siteRedirects());
      expect(text).not.toContain('secret-draft');
    });

    it('keeps the address of a deleted entry, with nowhere to go (410)', async () => {
      const { documentId } = await create(ARTICLE, {
        ...minimalContent[ARTICLE]('gone'),
        slug: 'to-be-deleted',
      });
      await publish(ARTICLE, documentId);
      const res = await editor.del(`${CM}/${ARTICLE}/${documentId}?locale=en`);
      expect(res.status).toBe(200);
      const { moved } = await siteRedirects();
      expect(movedOf(moved, 'to-be-deleted')).toEqual([
        expect.objectContaining({ uid: ARTICLE, locale: 'en', currentSlug: null, replacementSlug: null }),
      ]);
    });

    it('sends the address of a replaced resource to its replacement once it is taken down', async () => {
      const newer = await create(RESOURCE, { ...minimalContent[RESOURCE]('newer'), slug: 'newer-guide' });
      await publish(RESOURCE, newer.documentId);
      const older = await create(RESOURCE, {
        ...minimalContent[RESOURCE]('older'),
        slug: 'older-guide',
        supersededBy: { connect: [{ documentId: newer.documentId, locale: 'en' }] },
      });
      await publish(RESOURCE, older.documentId);
      const res = await editor.post(`${CM}/${RESOURCE}/${older.documentId}/actions/unpublish?locale=en`, {});
      expect(res.status).toBe(200);
      const { moved } = await siteRedirects();
      expect(movedOf(moved, 'older-guide')).toEqual([
        expect.objectContaining({
          currentSlug: null,
          replacementSlug: 'newer-guide',
          replacementLocale: 'en',
        }),
      ]);
    });

    it('is readable with the build token only, and the records are not in the content API', async () => {
      expect((await graphql(SITE_REDIRECTS)).status).not.toBe(200);
      const articlesOnly = await createCustomToken(cms.strapi, 'articles only', [
        'api::article.article.find',
      ]);
      const partial = await graphql(SITE_REDIRECTS, articlesOnly);
      expect(partial.body.data?.siteRedirects ?? null).toBeNull();
      const shadow = await graphql(
        '{ redirects { fromPath } previousUrls { slug } }',
        TEST_SECRETS.BUILD_API_TOKEN,
      );
      expect(shadow.body.errors?.length).toBeGreaterThan(0);
      for (const path of ['/api/redirects', '/api/previous-urls']) {
        const rest = await cms
          .request()
          .get(path)
          .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`);
        expect([403, 404]).toContain(rest.status);
      }
    });
  });

  describe('editors’ redirects', () => {
    const save = (fromPath: string, toPath: string) => editor.post(`${CM}/${REDIRECT}`, { fromPath, toPath });
    const refusedOn = async (
      fromPath: string,
      toPath: string,
      field: 'fromPath' | 'toPath',
      pattern: RegExp,
    ) => {
      const res = await save(fromPath, toPath);
      expect(res.status).toBe(400);
      const errors = (res.body.error?.details as { errors?: FieldError[] } | undefined)?.errors ?? [];
      expect(errors).toContainEqual(
        expect.objectContaining({ path: [field], message: expect.stringMatching(pattern) }),
      );
    };

    it('saves a redirect in normal form and hands it to the build', async () => {
      const res = await save('/old-leaflet', '/resources/newer-guide');
      expect(res.status).toBe(201);
      expect(res.body.data).toEqual(
        expect.objectContaining({ fromPath: '/old-leaflet/', toPath: '/resources/newer-guide/' }),
      );
      const external = await save('/asylum-rules/', 'https://WWW.gov.uk/claim-asylum');
      expect(external.status).toBe(201);
      const { manual } = await siteRedirects();
      expect(manual).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ fromPath: '/old-leaflet/', toPath: '/resources/newer-guide/' }),
          expect.objectContaining({ fromPath: '/asylum-rules/', toPath: 'https://www.gov.uk/claim-asylum' }),
        ]),
      );
    });

    it.each([
      ['//evil.example', /cannot start with \/\//],
      ['/%2F%2Fevil.example', /cannot start with \/\//],
      ['/%252F%252Fevil.example', /cannot start with \/\//],
      ['/\\evil.example', /backslash/],
      ['/%5Cevil.example', /backslash/],
      ['https://evil.example/x', /Start the address with \//],
      ['evil.example', /Start the address with \//],
      ['/a/../news', /\. or \.\./],
      ['/a/%2e%2e/news', /\. or \.\./],
      ['/a//b', /two slashes/],
      ['/a b', /only contain/],
      ['/a?x=1', /only contain/],
      ['/%E0%A4%A', /% code/],
    ])('refuses the from-address %s', async (fromPath, pattern) => {
      await refusedOn(fromPath, '/news/', 'fromPath', pattern);
    });

    it.each([
      ['https://evil.example/', /does not redirect to evil\.example/],
      ['https://www.gov.uk.evil.example/', /does not redirect to/],
      ['https://www.gov.uk@evil.example/', /user name or password/],
      ['http://www.gov.uk/', /https:\/\//],
      ['//evil.example/', /cannot start with \/\//],
      ['/%2F%2Fevil.example', /cannot start with \/\//],
      ['/\\evil.example', /backslash/],
      ['\\\\evil.example', /backslash/],
      ['https:evil.example', /https:\/\//],
      ['https:/\\evil.example', /backslash/],
      ['javascript:alert(1)', /https:\/\//],
      ['https://www.gov.uk:8443/', /port/],
    ])('refuses the target %s', async (toPath, pattern) => {
      await refusedOn('/some-old-address/', toPath, 'toPath', pattern);
    });

    it('refuses an address the site or a published page uses', async () => {
      await refusedOn('/', '/news/', 'fromPath', /home page/);
      await refusedOn('/ar/', '/news/', 'fromPath', /home page/);
      await refusedOn('/news/', '/about/', 'fromPath', /site itself uses/);
      // nginx matches addresses regardless of case: /About would hide /about/.
      await refusedOn('/About/', '/news/', 'fromPath', /site itself uses/);
      await refusedOn('/news/page/2/', '/about/', 'fromPath', /site itself uses/);
      await refusedOn('/news/new-name/', '/about/', 'fromPath', /published page/);
      await refusedOn('/ar/news/new-name-ar', '/about/', 'fromPath', /published page/);
      const page = await create(PAGE, { ...minimalContent[PAGE]('live'), slug: 'live-page' });
      await publish(PAGE, page.documentId);
      await refusedOn('/live-page/', '/about/', 'fromPath', /published page/);
      await refusedOn('/Live-Page', '/about/', 'fromPath', /published page/);
    });

    it('refuses loops and chains, whichever redirect comes first', async () => {
      await refusedOn('/loop-one/', '/loop-one', 'toPath', /loop/);
      await refusedOn('/loop-two/', '/%6Coop-two/', 'toPath', /loop/);
      expect((await save('/hop-one/', '/hop-two/')).status).toBe(201);
      // /hop-two/ -> elsewhere would make /hop-one/ a chain of two.
      await refusedOn('/hop-two/', '/about/', 'fromPath', /already sends visitors here/);
      // /hop-zero/ -> /hop-one/ would chain onto /hop-one/ -> /hop-two/.
      await refusedOn('/hop-zero/', '/hop-one', 'toPath', /itself redirects/);
      // An entry's old address already redirects (automatically) to its new one.
      await refusedOn(
        '/via-old/',
        '/news/old-name/',
        'toPath',
        /old address that now redirects to \/news\/new-name\//,
      );
      await refusedOn('/old-leaflet', '/about/', 'fromPath', /already a redirect from/);
    });

    it('checks an edit like a new redirect', async () => {
      const created = await save('/edit-me/', '/about/');
      expect(created.status).toBe(201);
      const documentId = (created.body.data as { documentId: string }).documentId;
      const res = await editor.put(`${CM}/${REDIRECT}/${documentId}`, { toPath: 'https://evil.example/' });
      expect(res.status).toBe(400);
      const ok = await editor.put(`${CM}/${REDIRECT}/${documentId}`, {
        toPath: 'https://partner.example.org/help',
      });
      expect(ok.status).toBe(200);
      expect(ok.body.data.toPath).toBe('https://partner.example.org/help');
    });
  });
});
