/**
 * The public API gives visitors nothing and the build token only published, public content:
 * no drafts, no private fields, no writes, bounded GraphQL; production hides the schema.
 */
import { SITE_CONTENT_TYPES } from '../src/content/site-content-types';
import { READ_ONLY_MESSAGE } from '../src/register/graphql-read-only';
import { apiNames, createDraft, createPublished, documents, minimalContent } from './helpers/content';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

const TOKEN = TEST_SECRETS.BUILD_API_TOKEN;
const ARTICLE = 'api::article.article';
const DRAFT_REFUSAL = /Drafts cannot be read through the content API|cannot be used through the content API/;

// Words that exist only in drafts or private fields: they must never appear in any response.
const DRAFT_ONLY_TITLE = 'Unpublished plan SECRET-DRAFT-ONLY';
const NEWER_DRAFT_TITLE = 'Edited but not yet published SECRET-NEWER-DRAFT';
const DRAFT_RESOURCE_TITLE = 'Draft resource SECRET-DRAFT-RESOURCE';
const CONSENT_GIVEN_BY = 'Named relative SECRET-CONSENT';
const CONSENT_FIELDS = ['consentGiven', 'consentGivenBy', 'consentRecordedOn', 'consentNotes'];
const SECRETS = [DRAFT_ONLY_TITLE, NEWER_DRAFT_TITLE, DRAFT_RESOURCE_TITLE, CONSENT_GIVEN_BY, 'SECRET-'];

type GraphqlBody = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

describe('content API security', () => {
  let cms: TestCms;
  let publishedArticleId: string;
  let draftOnlyArticleId: string;

  const graphql = (query: string, token?: string) => {
    const req = cms.request().post('/graphql').send({ query });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const rest = (path: string, token?: string) => {
    const req = cms.request().get(path);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const expectNoSecrets = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    cms = await startTestCms();
    const { strapi } = cms;
    const draftResourceId = await createDraft(strapi, 'api::resource.resource', {
      ...minimalContent['api::resource.resource']('draft'),
      title: DRAFT_RESOURCE_TITLE,
    });
    // Published, then edited: the newer draft version must stay invisible.
    publishedArticleId = await createPublished(strapi, ARTICLE, {
      ...minimalContent[ARTICLE]('published'),
      title: 'Published article',
      relatedResources: [draftResourceId],
    });
    await documents(strapi, ARTICLE).update({
      documentId: publishedArticleId,
      data: { title: NEWER_DRAFT_TITLE },
    });
    draftOnlyArticleId = await createDraft(strapi, ARTICLE, {
      ...minimalContent[ARTICLE]('draft-only'),
      title: DRAFT_ONLY_TITLE,
    });
    await createPublished(strapi, 'api::tribute.tribute', {
      ...minimalContent['api::tribute.tribute']('remembered'),
      consentGiven: true,
      consentGivenBy: CONSENT_GIVEN_BY,
      consentRecordedOn: '2026-01-15',
      consentNotes: 'SECRET-NOTES about the family',
    });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('anonymous visitors', () => {
    it.each(SITE_CONTENT_TYPES.map((uid) => [uid]))(
      'get nothing from %s over REST or GraphQL',
      async (uid) => {
        const { restPath, graphqlField, collection } = apiNames(cms.strapi, uid);
        const list = await rest(restPath);
        expect([401, 403]).toContain(list.status);
        expect(list.body.data).toBeFalsy();
        if (collection) {
          const one = await rest(`${restPath}/${publishedArticleId}`);
          expect([401, 403]).toContain(one.status);
        }
        const res = await graphql(`{ ${graphqlField} { documentId } }`);
        const body = res.body as GraphqlBody;
        const refused = [401, 403].includes(res.status) || body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
        expect(refused).toBe(true);
        expect(body.data?.[graphqlField] ?? null).toBeNull();
      },
    );

    it('cannot register, log in or reach plugin endpoints', async () => {
      const register = await cms
        .request()
        .post('/api/auth/local/register')
        .send({ username: 'visitor', email: 'visitor@example.org', password: 'Visitor-Password-1' });
      expect([401, 403]).toContain(register.status);
      for (const path of ['/api/users', '/api/upload/files', '/api/i18n/locales']) {
        expect([401, 403]).toContain((await rest(path)).status);
      }
      const mutation = await graphql(
        'mutation { register(input: { username: "v", email: "v@example.org", password: "Visitor-Password-1" }) { jwt } }',
      );
      expect([401, 403]).toContain(mutation.status);
      expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
    });

    it('have a Public and an Authenticated role with no permissions, and registration is off', async () => {
      const permissions = await cms.strapi.db
        .query('plugin::users-permissions.permission')
        .findMany({ populate: ['role'] });
      const visitorGrants = (
        permissions as Array<{ action: string; role?: { type?: string } | null }>
      ).filter((permission) => ['public', 'authenticated'].includes(permission.role?.type ?? ''));
      expect(visitorGrants).toEqual([]);
      const advanced = (await cms.strapi
        .store({ type: 'plugin', name: 'users-permissions' })
        .get({ key: 'advanced' })) as {
        allow_register?: boolean;
      };
      expect(advanced.allow_register).toBe(false);
    });
  });

  describe('the build token', () => {
    it('reads only the published version of an article', async () => {
      const res = await graphql(
        `
          {
            articles {
              documentId
              title
              relatedResources {
                title
              }
            }
          }
        `,
        TOKEN,
      );
      expect(res.status).toBe(200);
      const articles = (res.body as GraphqlBody).data?.articles as Array<{
        documentId: string;
        title: string;
      }>;
      expect(articles).toEqual([
        { documentId: publishedArticleId, title: 'Published article', relatedResources: [] },
      ]);
      expectNoSecrets(res.body);

      const list = await rest('/api/articles?populate=relatedResources', TOKEN);
      expect(list.status).toBe(200);
      expect(list.body.data.map((a: { title: string }) => a.title)).toEqual(['Published article']);
      expectNoSecrets(list.body);
      expect((await rest(`/api/articles/${draftOnlyArticleId}`, TOKEN)).status).toBe(404);

      // Nor through a relation, whatever the nested query asks for.
      for (const path of [
        '/api/articles?populate[relatedResources][status]=draft',
        '/api/articles?populate[relatedResources][filters][publishedAt][$null]=true',
        '/api/articles?filters[relatedResources][publishedAt][$null]=true',
      ]) {
        const res = await rest(path, TOKEN);
        expect([200, 400]).toContain(res.status);
        expectNoSecrets(res.body);
      }
      const nested = await graphql(
        '{ articles { relatedResources(filters: { publishedAt: { null: true } }) { title } } }',
        TOKEN,
      );
      expect((nested.body as GraphqlBody).data?.articles).toEqual([{ relatedResources: [] }]);
      expectNoSecrets(nested.body);
    });

    it.each([
      ['articles(status: DRAFT)', '{ articles(status: DRAFT) { title } }'],
      ['articles_connection(status: DRAFT)', '{ articles_connection(status: DRAFT) { nodes { title } } }'],
      [
        'article(status: DRAFT) of a draft-only document',
        '{ article(documentId: "$DRAFT_ONLY_ID", status: DRAFT) { title } }',
      ],
      [
        'article(status: DRAFT) of an edited document',
        '{ article(documentId: "$PUBLISHED_ID", status: DRAFT) { title } }',
      ],
      ['articles(publicationFilter)', '{ articles(publicationFilter: NEVER_PUBLISHED) { title } }'],
      ['articles(hasPublishedVersion)', '{ articles(hasPublishedVersion: true) { title } }'],
      // A plugin type's root query would otherwise pass DRAFT down to nested relations.
      ['uploadFiles(status: DRAFT)', '{ uploadFiles(status: DRAFT) { name } }'],
    ])('is refused drafts over GraphQL: %s', async (_name, template) => {
      const query = template
        .replace('$DRAFT_ONLY_ID', draftOnlyArticleId)
        .replace('$PUBLISHED_ID', publishedArticleId);
      const res = await graphql(query, TOKEN);
      const body = res.body as GraphqlBody;
      expect(body.errors?.[0]?.message).toMatch(DRAFT_REFUSAL);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
      expectNoSecrets(res.body);
    });

    it.each([
      ['/api/articles?status=draft'],
      ['/api/articles/$PUBLISHED_ID?status=draft'],
      ['/api/articles/$DRAFT_ONLY_ID?status=draft'],
      ['/api/articles?status[0]=draft'],
      ['/api/articles?publicationFilter=never-published'],
      ['/api/articles?hasPublishedVersion=false'],
    ])('is refused drafts over REST: %s', async (template) => {
      const path = template
        .replace('$DRAFT_ONLY_ID', draftOnlyArticleId)
        .replace('$PUBLISHED_ID', publishedArticleId);
      const res = await rest(path, TOKEN);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(DRAFT_REFUSAL);
      expectNoSecrets(res.body);
    });

    it('may still ask for published content explicitly', async () => {
      const res = await rest('/api/articles?status=published', TOKEN);
      expect(res.status).toBe(200);
      expect(res.body.data).toHaveLength(1);
      const gql = await graphql('{ articles(status: PUBLISHED) { title } }', TOKEN);
      expect((gql.body as GraphqlBody).data?.articles).toEqual([{ title: 'Published article' }]);
    });

    it('never sees private tribute consent fields', async () => {
      const list = await rest('/api/tributes', TOKEN);
      expect(list.status).toBe(200);
      expect(list.body.data).toHaveLength(1);
      for (const field of CONSENT_FIELDS) expect(list.body.data[0]).not.toHaveProperty(field);
      expectNoSecrets(list.body);
      // Not selectable, filterable or sortable either: a filter would reveal the value.
      for (const path of [
        '/api/tributes?fields[0]=consentNotes',
        '/api/tributes?filters[consentGiven][$eq]=true',
        '/api/tributes?sort=consentGivenBy',
      ]) {
        expect((await rest(path, TOKEN)).status).toBe(400);
      }

      const schema = await graphql(
        '{ type: __type(name: "Tribute") { fields { name } } filters: __type(name: "TributeFiltersInput") { inputFields { name } } }',
        TOKEN,
      );
      const data = (schema.body as GraphqlBody).data as {
        type: { fields: Array<{ name: string }> };
        filters: { inputFields: Array<{ name: string }> };
      };
      expect(data.type.fields.map((f) => f.name)).toContain('name');
      const exposed = [...data.type.fields, ...data.filters.inputFields].map((f) => f.name);
      for (const field of CONSENT_FIELDS) expect(exposed).not.toContain(field);

      const query = await graphql('{ tributes { name consentGivenBy } }', TOKEN);
      expect(query.status).toBe(400);
      expectNoSecrets(query.body);
      const ok = await graphql('{ tributes { name } }', TOKEN);
      expect((ok.body as GraphqlBody).data?.tributes).toEqual([{ name: 'Person remembered' }]);
    });

    it('cannot write through GraphQL', async () => {
      // Shadow CRUD mutations are gone from the schema...
      const create = await graphql('mutation { createArticle(data: { title: "x" }) { documentId } }', TOKEN);
      expect(create.status).toBe(400);
      expect((create.body as GraphqlBody).errors?.[0]?.message).toMatch(/Cannot query field "createArticle"/);
      const mutations = await graphql('{ __schema { mutationType { fields { name } } } }', TOKEN);
      const names = (
        (mutations.body as GraphqlBody).data as {
          __schema: { mutationType: { fields: Array<{ name: string }> } | null };
        }
      ).__schema.mutationType?.fields.map((f) => f.name);
      expect(names).toContain('register'); // the list is real...
      for (const uid of SITE_CONTENT_TYPES) {
        const { graphqlType } = apiNames(cms.strapi, uid);
        for (const verb of ['create', 'update', 'delete'])
          expect(names).not.toContain(`${verb}${graphqlType}`);
      }
      // ...and the plugins' hand-written ones refuse to run.
      for (const mutation of [
        'mutation { register(input: { username: "t", email: "t@example.org", password: "Token-Password-1" }) { jwt } }',
        'mutation { login(input: { identifier: "t@example.org", password: "Token-Password-1" }) { jwt } }',
        'mutation { forgotPassword(email: "t@example.org") { ok } }',
      ]) {
        const res = await graphql(mutation, TOKEN);
        const body = res.body as GraphqlBody;
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(body.errors?.[0]?.message).toBe(READ_ONLY_MESSAGE);
      }
      expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
    });

    it('cannot write through REST', async () => {
      const data = { data: minimalContent[ARTICLE]('via-rest') };
      const auth = { Authorization: `Bearer ${TOKEN}` };
      const attempts = [
        cms.request().post('/api/articles').set(auth).send(data),
        cms.request().put(`/api/articles/${publishedArticleId}`).set(auth).send(data),
        cms.request().delete(`/api/articles/${publishedArticleId}`).set(auth),
        cms
          .request()
          .put('/api/home-page')
          .set(auth)
          .send({ data: { heroTitle: 'x' } }),
        cms.request().post('/api/articles').send(data),
      ];
      for (const attempt of attempts) expect([401, 403]).toContain((await attempt).status);
      const titles = (await rest('/api/articles', TOKEN)).body.data.map((a: { title: string }) => a.title);
      expect(titles).toEqual(['Published article']);
    });
  });

  describe('GraphQL limits', () => {
    it('refuses an over-deep query', async () => {
      let selection = 'title';
      for (let depth = 0; depth < 6; depth += 1) selection = `topics { articles { ${selection} } }`;
      const res = await graphql(`{ articles { ${selection} } }`, TOKEN);
      expect(res.status).toBe(400);
      expect((res.body as GraphqlBody).errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 10/);
    });

    it('caps the page size at 100', async () => {
      const res = await graphql(
        '{ articles_connection(pagination: { pageSize: 1000 }) { pageInfo { pageSize } } }',
        TOKEN,
      );
      expect((res.body as GraphqlBody).data?.articles_connection).toEqual({ pageInfo: { pageSize: 100 } });
      const byDefault = await graphql('{ articles_connection { pageInfo { pageSize } } }', TOKEN);
      expect((byDefault.body as GraphqlBody).data?.articles_connection).toEqual({
        pageInfo: { pageSize: 25 },
      });
    });

    // The controls for the production tests below: the same requests succeed in development.
    it('allows introspection and the landing page outside production', async () => {
      const res = await graphql('{ __schema { queryType { name } } }', TOKEN);
      expect((res.body as GraphqlBody).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const landing = await cms.request().get('/graphql').set('Accept', 'text/html');
      expect(landing.status).toBe(200);
      expect(landing.headers['content-type']).toMatch(/text\/html/);
    });
  });

  describe('in production', () => {
    let production: TestCms;
    beforeAll(async () => {
      await cms.stop();
      production = await startTestCms({ env: { NODE_ENV: 'production' } });
      cms = production;
    });

    it('turns GraphQL introspection off', async () => {
      const res = await graphql('{ __schema { queryType { name } } }', TOKEN);
      expect(res.status).toBe(400);
      expect((res.body as GraphqlBody).errors?.[0]?.message).toMatch(/introspection is not allowed/);
      // The API itself still answers the build.
      const ok = await graphql('{ articles { documentId } }', TOKEN);
      expect((ok.body as GraphqlBody).data).toEqual({ articles: [] });
    });

    it('serves no GraphQL landing page, even to a browser with the token', async () => {
      for (const req of [
        cms.request().get('/graphql').set('Accept', 'text/html'),
        cms.request().get('/graphql').set('Accept', 'text/html').set('Authorization', `Bearer ${TOKEN}`),
      ]) {
        const res = await req;
        expect(res.headers['content-type']).not.toMatch(/text\/html/);
        expect(res.text).not.toMatch(/apollographql|<html/i);
      }
    });
  });
});
