/**
 * The draft preview's side of the CMS: the preview token (PREVIEW_API_TOKEN) reads drafts and
 * nothing else does; the admin's preview URL route signs a link for the entry, language and tab on
 * screen, only for someone who may read it, and for single types in any language (strapi/strapi
 * #27262, #23450). What the preview server does with the link: web/tests/preview-server.test.ts.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { testDistDir } from './helpers/paths';
import { previewSignature, type PreviewTarget } from '../src/preview/signed-link';
import {
  adminClient,
  createAdminUser,
  loginAdmin,
  superAdminClient,
  type AdminClient,
} from './helpers/admin';
import { createPublished, documents, minimalContent } from './helpers/content';
import { LEAK_MARKER } from './helpers/leaks';
import { startTestCms, TEST_PREVIEW_URL, TEST_SECRETS, type TestCms } from './helpers/strapi';

const ARTICLE = 'api::article.article';
const HOME = 'api::home-page.home-page';
const PREVIEW_TOKEN = TEST_SECRETS.PREVIEW_API_TOKEN;
const BUILD_TOKEN = TEST_SECRETS.BUILD_API_TOKEN;

describe('draft preview in the CMS', () => {
  let cms: TestCms;
  let admin: AdminClient;
  let articleId: string;

  const graphql = (token: string | undefined, query: string) => {
    const req = cms.request().post('/graphql').send({ query });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const draftQuery = () =>
    `{ articles_connection(status: DRAFT, locale: "ar", filters: { documentId: { eq: "${articleId}" } }) { nodes { title } } }`;

  beforeAll(async () => {
    cms = await startTestCms();
    admin = await superAdminClient(cms);
    articleId = await createPublished(cms.strapi, ARTICLE, minimalContent[ARTICLE]('en-published'));
    await documents(cms.strapi, ARTICLE).update({
      documentId: articleId,
      locale: 'ar',
      data: minimalContent[ARTICLE](`${LEAK_MARKER}-ar-draft`),
    });
    // A single type that exists only in Arabic: Strapi's own lookup finds nothing (#27262).
    await documents(cms.strapi, HOME).create({ locale: 'ar', data: minimalContent[HOME]('ar-only') });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('the preview token', () => {
    it('reads a draft, in the language asked for', async () => {
      const res = await graphql(PREVIEW_TOKEN, draftQuery());
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.articles_connection.nodes).toEqual([{ title: `Article ${LEAK_MARKER}-ar-draft` }]);
    });

    it('writes nothing, over GraphQL or REST, at any spelling', async () => {
      const mutation = await graphql(
        PREVIEW_TOKEN,
        'mutation { createArticle(data: { title: "x" }) { documentId } }',
      );
      expect(mutation.body.errors?.length).toBeGreaterThan(0);
      const before = await cms.strapi.db.query(ARTICLE).count();
      for (const [method, path] of [
        ['post', '/api/articles'],
        ['post', '/API/Articles'],
        ['put', `/api/articles/${articleId}`],
        ['delete', `/Api/ARTICLES/${articleId}`],
      ] as const) {
        const req = cms.request();
        const res = await req[method](path)
          .set('Authorization', `Bearer ${PREVIEW_TOKEN}`)
          .send({ data: minimalContent[ARTICLE]('preview-write') });
        expect([path, [401, 403, 404, 405].includes(res.status)]).toEqual([path, true]);
      }
      expect(await cms.strapi.db.query(ARTICLE).count()).toBe(before);
    });

    it('is no admin session', async () => {
      for (const path of [
        '/admin/users/me',
        `/content-manager/collection-types/${ARTICLE}`,
        '/content-manager/preview/url/api::article.article',
      ]) {
        const res = await cms.request().get(path).set('Authorization', `Bearer ${PREVIEW_TOKEN}`);
        expect([path, res.status]).toEqual([path, 401]);
      }
    });
  });

  describe('every other credential', () => {
    it('the build token is refused the same draft', async () => {
      const res = await graphql(BUILD_TOKEN, draftQuery());
      expect(JSON.stringify(res.body)).not.toContain(LEAK_MARKER);
      expect(res.body.errors?.[0]?.message).toMatch(/Drafts cannot be read through the content API/);
    });

    it('a full-access token an administrator made is refused too, and so is no token', async () => {
      const created = await admin.post('/admin/api-tokens', {
        name: 'Someone else',
        description: '',
        type: 'full-access',
        lifespan: null,
      });
      expect(created.status).toBe(201);
      const fullAccess = created.body.data.accessKey as string;
      for (const token of [fullAccess, undefined, `${PREVIEW_TOKEN}x`, PREVIEW_TOKEN.toUpperCase()]) {
        const res = await graphql(token, draftQuery());
        expect(JSON.stringify(res.body)).not.toContain(LEAK_MARKER);
      }
    });
  });

  describe('the admin\u2019s preview URL route', () => {
    const previewUrl = (client: AdminClient, uid: string, query: Record<string, string>) =>
      client.get(`/content-manager/preview/url/${uid}?${new URLSearchParams(query).toString()}`);
    const checked = (url: string) => {
      expect(url.startsWith(`${TEST_PREVIEW_URL}/preview/?`)).toBe(true);
      // What the preview server checks (scripts/preview/signed-link.ts, unit-tested against this signer).
      const query = new URL(url).searchParams;
      const target = {
        uid: query.get('uid'),
        documentId: query.get('documentId'),
        locale: query.get('locale'),
        status: query.get('status'),
      } as PreviewTarget;
      const expires = Number(query.get('expires'));
      const ok = query.get('signature') === previewSignature(target, expires, TEST_SECRETS.PREVIEW_SECRET);
      return { ok, target };
    };

    it('signs a short-lived link for the entry, language and tab on screen', async () => {
      const res = await previewUrl(admin, ARTICLE, { documentId: articleId, locale: 'ar', status: 'draft' });
      expect(res.status).toBe(200);
      expect(checked(res.body.data.url)).toEqual({
        ok: true,
        target: { uid: ARTICLE, documentId: articleId, locale: 'ar', status: 'draft' },
      });
      const expires = Number(new URL(res.body.data.url).searchParams.get('expires'));
      expect(expires * 1000 - Date.now()).toBeLessThanOrEqual(600_000);
      const published = await previewUrl(admin, ARTICLE, {
        documentId: articleId,
        locale: 'en',
        status: 'published',
      });
      expect(checked(published.body.data.url)).toMatchObject({
        ok: true,
        target: { locale: 'en', status: 'published' },
      });
    });

    it('gives no link for a type without a page (no Preview button)', async () => {
      const topic = await createPublished(
        cms.strapi,
        'api::topic.topic',
        minimalContent['api::topic.topic']('t'),
      );
      const res = await previewUrl(admin, 'api::topic.topic', { documentId: topic, locale: 'en' });
      expect(res.status).toBe(204);
    });

    it('previews a single type in the language on screen, even one only in Arabic (#27262, #23450)', async () => {
      const ar = await previewUrl(admin, HOME, { locale: 'ar', status: 'draft' });
      expect(ar.status).toBe(200);
      const target = checked(ar.body.data.url);
      expect(target).toMatchObject({ ok: true, target: { uid: HOME, locale: 'ar', status: 'draft' } });
      // Without a language: the default one, where this home page has nothing yet.
      const none = await previewUrl(admin, HOME, {});
      expect(none.status).toBe(404);
      expect(none.body.error.message).toMatch(/nothing to preview in en/);
    });

    it('only for someone who may read the entry', async () => {
      const tribute = await createPublished(
        cms.strapi,
        'api::tribute.tribute',
        minimalContent['api::tribute.tribute']('t'),
      );
      const user = await createAdminUser(cms.strapi, {
        email: 'resources@example.org',
        roleCodes: ['charity-resource-editor'],
      });
      const editor = adminClient(cms, await loginAdmin(cms, user.email));
      const refused = await previewUrl(editor, 'api::tribute.tribute', { documentId: tribute, locale: 'en' });
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).not.toContain('signature');
      const home = await previewUrl(editor, HOME, { locale: 'ar' });
      expect(home.status).toBe(403);
      const news = await previewUrl(editor, ARTICLE, { documentId: articleId, locale: 'ar' });
      expect(news.status).toBe(200);
    });
  });

  it('with the preview off, its token is deleted and reads nothing', async () => {
    // The running CMS's own (compiled) modules, which hold what it remembered of the token.
    const compiled = async <T>(file: string) => (await import(path.join(testDistDir(), 'src', file))) as T;
    const { resetCmsEnv } = await compiled<{ resetCmsEnv: () => void }>('env.js');
    const { ensurePreviewToken } = await compiled<{
      ensurePreviewToken: (strapi: Core.Strapi) => Promise<void>;
    }>('bootstrap/preview-token.js');
    const before = process.env.PREVIEW_URL;
    process.env.PREVIEW_URL = '';
    resetCmsEnv();
    try {
      await ensurePreviewToken(cms.strapi);
      expect((await graphql(PREVIEW_TOKEN, draftQuery())).status).toBe(401);
    } finally {
      process.env.PREVIEW_URL = before;
      resetCmsEnv();
      await ensurePreviewToken(cms.strapi);
    }
    expect((await graphql(PREVIEW_TOKEN, draftQuery())).body.data.articles_connection.nodes).toHaveLength(1);
  });
});
