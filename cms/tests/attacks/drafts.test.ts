/**
 * Attacks on "drafts never reach the content API": the build token (and a visitor, were the
 * public role ever given a read right) tries every casing, encoding and parameter that could
 * reach a draft, over REST and GraphQL. A marker planted only in drafts must never appear in a
 * response. The admin's content manager, which reads drafts through its own routes, still does.
 */
import {
  COLLECTION_TYPES,
  SITE_CONTENT_TYPES,
  type SiteContentType,
} from '../../src/content/site-content-types';
import { superAdminClient, type AdminClient } from '../helpers/admin';
import { apiNames, documents, minimalContent } from '../helpers/content';
import { pngFile } from '../helpers/files';
import { LEAK_MARKER, MARKED_FIELD, plantDrafts, type PlantedDrafts } from '../helpers/leaks';
import { CONTENT_API_READ_ONLY } from '../../src/policies/drafts/published-only-documents';
import { startTestCms, TEST_SECRETS, type TestCms } from '../helpers/strapi';
import { BUILD_TOKEN_NAME } from '../../src/bootstrap/build-token';
import { PREVIEW_TOKEN_NAME } from '../../src/bootstrap/preview-token';

// Jest 30 ignores a project's testTimeout; hundreds of requests on a busy machine take a while.
jest.setTimeout(300_000);

const TOKEN = TEST_SECRETS.BUILD_API_TOKEN;
const ARTICLE = 'api::article.article';
const REFUSAL = /Drafts cannot be read through the content API|cannot be used through the content API/;

type Response = { status: number; text?: string; body?: unknown };
type Outcome = { request: string; status: number; problem: string };

/** What is wrong with a response: a leak always; and an answer where a refusal was due. */
const judge = (request: string, res: Response, mustRefuse: boolean): Outcome | undefined => {
  const text = `${res.text ?? ''}${JSON.stringify(res.body ?? null)}`;
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // not URL-encoded
  }
  if (`${text}${decoded}`.toLowerCase().includes(LEAK_MARKER))
    return { request, status: res.status, problem: 'draft leaked' };
  if (mustRefuse && res.status >= 200 && res.status < 300 && !REFUSAL.test(text))
    return { request, status: res.status, problem: 'answered instead of refusing' };
  return undefined;
};

/** The same route spelled the ways a case-insensitive router, or a decoding proxy, may accept. */
const pathVariants = (path: string): string[] => {
  const [, , name = '', ...rest] = path.split('/');
  const tail = rest.length > 0 ? `/${rest.join('/')}` : '';
  const encodedFirst = `%${name.charCodeAt(0).toString(16)}${name.slice(1)}`;
  return [
    path,
    `/API/${name}${tail}`,
    `/Api/${name}${tail}`,
    `/api/${name.toUpperCase()}${tail}`,
    `/api/${name.charAt(0).toUpperCase()}${name.slice(1)}${tail}`,
    `//api//${name}${tail}`,
    `${path}/`,
    `/%61pi/${name}${tail}`,
    `/api/${encodedFirst}${tail}`,
    `/api%2F${name}${tail}`,
    `/API/${name.toUpperCase()}${tail}/`,
  ];
};

/** Query strings that ask for drafts outright: each must be refused. */
const DRAFT_QUERIES = [
  'status=draft',
  'status=DRAFT',
  'status=Draft',
  'status[]=draft',
  'status[0]=draft',
  'status[0]=published&status[1]=draft',
  'status[$ne]=published',
  'status=draft&locale=*',
  'publicationFilter=never-published',
  'publicationFilter=modified',
  'publicationFilter=never-published-document',
  'hasPublishedVersion=false',
  'hasPublishedVersion=true',
];

/** Query strings that try to reach drafts sideways: the answer may be anything but a draft. */
const SIDEWAYS_QUERIES = [
  '',
  'status=published',
  'publicationState=preview',
  'publicationState=preview&status=published',
  'filters[publishedAt][$null]=true',
  'filters[$or][0][publishedAt][$null]=true&filters[$or][1][publishedAt][$notNull]=true',
  'filters[publishedAt][$notNull]=false',
  'locale=*',
  'locale=all',
  'populate=*',
  'populate[0]=*',
  'populate=*&locale=*',
];

/** Deep populates through each type's relations, where the related entries are draft-only. */
const DEEP_POPULATE: Partial<Record<SiteContentType, string[]>> = {
  'api::article.article': [
    'populate[relatedResources][populate]=*',
    'populate[topics][populate][articles][populate]=*',
    'populate[relatedResources][filters][publishedAt][$null]=true',
    'populate[relatedResources][status]=draft',
    'populate[cover][populate]=*',
  ],
  'api::partner-project.partner-project': [
    'populate[relatedArticles][populate][relatedResources]=true',
    'populate[relatedResources][populate]=*',
  ],
  'api::resource.resource': [
    'populate[supersededBy]=true&populate[relatedArticles][populate]=*',
    'populate[audiences][populate][resources]=true',
  ],
  'api::event.event': ['populate[relatedResources][populate]=*', 'populate[relatedResources][status]=draft'],
  'api::topic.topic': ['populate[articles][populate]=*&populate[resources]=true'],
  'api::audience.audience': ['populate[resources][populate]=*'],
  'api::service.service': ['populate[organization][populate]=*', 'populate[organization][status]=draft'],
  'api::organization.organization': ['populate[services][populate]=*'],
};

const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);

describe('attack: drafts through the content API', () => {
  let cms: TestCms;
  let admin: AdminClient;
  let planted: PlantedDrafts;

  const rest = (path: string, token: string | undefined = TOKEN) => {
    const req = cms.request().get(path);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  /** Runs every request, then fails once listing every problem (or passes on none). */
  const attack = async (requests: Array<{ path: string; mustRefuse: boolean }>, token?: string) => {
    const problems: Outcome[] = [];
    for (const { path, mustRefuse } of requests) {
      const outcome = judge(path, await rest(path, token), mustRefuse);
      if (outcome) problems.push(outcome);
    }
    expect(problems).toEqual([]);
  };

  beforeAll(async () => {
    cms = await startTestCms();
    const { strapi } = cms;
    admin = await superAdminClient(cms);
    const upload = await admin.upload(pngFile('cover.png'));
    expect(upload.status).toBe(201);
    const imageId = (upload.body as Array<{ id: number }>)[0]?.id;
    planted = await plantDrafts(strapi, (uid, draftOnly) => {
      // Published documents related to draft-only ones: a populate must not follow the relation.
      switch (uid) {
        case 'api::article.article':
          return {
            relatedResources: [draftOnly['api::resource.resource']],
            topics: [draftOnly['api::topic.topic']],
            cover: { image: imageId, alt: 'Published cover' },
          };
        case 'api::partner-project.partner-project':
          return { relatedArticles: [draftOnly['api::article.article']] };
        case 'api::event.event':
          return { relatedResources: [draftOnly['api::resource.resource']] };
        case 'api::resource.resource':
          return {
            relatedArticles: [draftOnly['api::article.article']],
            supersededBy: draftOnly['api::resource.resource'],
          };
        case 'api::topic.topic':
          return { articles: [draftOnly['api::article.article']] };
        case 'api::audience.audience':
          return { resources: [draftOnly['api::resource.resource']] };
        case 'api::service.service':
          return { organization: draftOnly['api::organization.organization'] };
        case 'api::organization.organization':
          return { services: [draftOnly['api::service.service']] };
        default:
          return {};
      }
    });
    // The newer draft's component carries the marker too (what the media library's `related` reaches).
    await documents(strapi, ARTICLE).update({
      documentId: planted.editedPublished[ARTICLE],
      data: { cover: { image: imageId, alt: `${LEAK_MARKER} draft cover` } },
    });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('REST, with the build token', () => {
    it.each(SITE_CONTENT_TYPES.map((uid) => [uid]))(
      '%s: every spelling of the path with ?status=draft is refused',
      async (uid) => {
        const { restPath } = apiNames(cms.strapi, uid);
        await attack(
          pathVariants(restPath).flatMap((path) => [
            { path: withQuery(path, 'status=draft'), mustRefuse: true },
            { path, mustRefuse: false },
          ]),
        );
      },
    );

    it.each(SITE_CONTENT_TYPES.map((uid) => [uid]))(
      '%s: every draft parameter and sideways query, on /api and /API',
      async (uid) => {
        const { restPath } = apiNames(cms.strapi, uid);
        const paths = uid === ARTICLE ? pathVariants(restPath) : pathVariants(restPath).slice(0, 2);
        await attack(
          paths.flatMap((path) => [
            ...DRAFT_QUERIES.map((query) => ({ path: withQuery(path, query), mustRefuse: true })),
            ...[...SIDEWAYS_QUERIES, ...(DEEP_POPULATE[uid] ?? [])].map((query) => ({
              path: withQuery(path, query),
              mustRefuse: false,
            })),
          ]),
        );
      },
    );

    it.each(COLLECTION_TYPES.map((uid) => [uid]))(
      '%s: findOne of a draft-only and of an edited document',
      async (uid) => {
        const { restPath } = apiNames(cms.strapi, uid);
        const draftOnly = `${restPath}/${planted.draftOnly[uid]}`;
        const edited = `${restPath}/${planted.editedPublished[uid]}`;
        const spell = (path: string) =>
          uid === ARTICLE ? pathVariants(path) : pathVariants(path).slice(0, 3);
        await attack([
          ...[...spell(draftOnly), ...spell(edited)].flatMap((path) => [
            ...[
              'status=draft',
              'status[0]=draft',
              'publicationFilter=modified',
              'hasPublishedVersion=false',
            ].map((query) => ({ path: withQuery(path, query), mustRefuse: true })),
            ...['', 'status=published', 'locale=*', 'locale=all', 'populate=*'].map((query) => ({
              path: withQuery(path, query),
              mustRefuse: false,
            })),
          ]),
        ]);
        expect((await rest(draftOnly)).status).toBe(404);
        expect((await rest(`/API/${draftOnly.slice(5)}`)).status).toBe(404);
      },
    );

    // Files have no drafts; what matters is that no query follows them to a draft that uses them.
    it('the media library never shows what drafts use it for', async () => {
      await attack(
        pathVariants('/api/upload/files').flatMap((path) =>
          [
            '',
            'status=draft',
            'status[0]=draft',
            'publicationFilter=never-published',
            'populate=*',
            'populate[related][populate]=*',
            'populate=related',
            'status=draft&populate[related][populate]=*',
          ].map((query) => ({ path: withQuery(path, query), mustRefuse: false })),
        ),
      );
    });

    it('refuses with a clear 400 that names the rule', async () => {
      for (const path of [
        '/API/articles?status=draft',
        '/api/ARTICLES?status=DRAFT',
        '/Api/home-page?status=draft',
      ]) {
        const res = await rest(path);
        expect([path, res.status]).toEqual([path, 400]);
        expect(res.body.error.name).toBe('ValidationError');
        expect(res.body.error.message).toMatch(REFUSAL);
      }
    });

    // Regression guard: the token has read rights only, whatever the spelling of the write.
    it('cannot write at any spelling', async () => {
      const auth = { Authorization: `Bearer ${TOKEN}` };
      const edited = planted.editedPublished[ARTICLE];
      const data = { data: minimalContent[ARTICLE]('token-write') };
      const before = await cms.strapi.db.query(ARTICLE).count();
      const attempts: Array<[string, () => Promise<Response>]> = [
        ['POST /API/articles', () => cms.request().post('/API/articles').set(auth).send(data)],
        ['POST /Api/ARTICLES', () => cms.request().post('/Api/ARTICLES').set(auth).send(data)],
        [
          `PUT /API/articles/${edited}`,
          () => cms.request().put(`/API/articles/${edited}`).set(auth).send(data),
        ],
        [`DELETE /API/ARTICLES/${edited}`, () => cms.request().delete(`/API/ARTICLES/${edited}`).set(auth)],
        [
          'PUT /API/home-page',
          () =>
            cms
              .request()
              .put('/API/home-page')
              .set(auth)
              .send({ data: { heroTitle: 'x' } }),
        ],
        ['DELETE /Api/home-page', () => cms.request().delete('/Api/home-page').set(auth)],
        [
          'POST /API/upload',
          () => cms.request().post('/API/upload').set(auth).attach('files', pngFile().content, 'x.png'),
        ],
      ];
      const problems: Outcome[] = [];
      for (const [request, send] of attempts) {
        const res = await send();
        if (![401, 403, 404, 405].includes(res.status))
          problems.push({ request, status: res.status, problem: 'not refused' });
        const leak = judge(request, res, false);
        if (leak) problems.push(leak);
      }
      expect(problems).toEqual([]);
      expect(await cms.strapi.db.query(ARTICLE).count()).toBe(before);
    });

    // Regression guard: an API token is not an admin's session, at any spelling of an admin route.
    it('is refused by the admin API', async () => {
      const problems: Outcome[] = [];
      for (const path of [
        '/admin/users/me',
        '/admin/users',
        '/ADMIN/users',
        '/admin/api-tokens',
        '/admin/webhooks',
        `/content-manager/collection-types/${ARTICLE}`,
        `/Content-Manager/collection-types/${ARTICLE}?status=draft`,
        `/CONTENT-MANAGER/collection-types/${ARTICLE}/${planted.draftOnly[ARTICLE]}`,
        '/content-manager/single-types/api::home-page.home-page?status=draft',
        '/upload/files',
        '/i18n/locales',
        '/website-status',
      ]) {
        const res = await rest(path);
        if (res.status !== 401) problems.push({ request: path, status: res.status, problem: 'not 401' });
        const leak = judge(path, res, false);
        if (leak) problems.push(leak);
      }
      expect(problems).toEqual([]);
    });
  });

  describe('REST, as a visitor whose public role was given a read right', () => {
    beforeAll(async () => {
      // A mistake an administrator could make in the Users & Permissions settings.
      const role = (await cms.strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'public' } })) as { id: number };
      for (const action of ['find', 'findOne', 'create', 'update']) {
        await cms.strapi.db
          .query('plugin::users-permissions.permission')
          .create({ data: { action: `${ARTICLE}.${action}`, role: role.id } });
      }
    });

    it('still never gets a draft', async () => {
      expect((await rest('/api/articles', '')).status).toBe(200);
      const requests = pathVariants('/api/articles').flatMap((path) => [
        ...DRAFT_QUERIES.map((query) => ({ path: withQuery(path, query), mustRefuse: true })),
        ...SIDEWAYS_QUERIES.map((query) => ({ path: withQuery(path, query), mustRefuse: false })),
      ]);
      const problems: Outcome[] = [];
      for (const { path, mustRefuse } of requests) {
        const outcome = judge(path, await cms.request().get(path), mustRefuse);
        if (outcome) problems.push(outcome);
      }
      expect(problems).toEqual([]);
    });

    // An update answers with the document's draft, unpublished edits included.
    it('cannot write, nor read a draft through the answer to a write', async () => {
      const edited = planted.editedPublished[ARTICLE];
      const before = await cms.strapi.db.query(ARTICLE).count();
      const problems: Outcome[] = [];
      for (const [request, send] of [
        [
          'POST /api/articles',
          () =>
            cms
              .request()
              .post('/api/articles')
              .send({ data: minimalContent[ARTICLE]('visitor') }),
        ],
        [
          'POST /API/articles',
          () =>
            cms
              .request()
              .post('/API/articles')
              .send({ data: minimalContent[ARTICLE]('visitor-2') }),
        ],
        [
          `PUT /api/articles/${edited}`,
          () =>
            cms
              .request()
              .put(`/api/articles/${edited}`)
              .send({ data: { summary: 'Changed' } }),
        ],
        [
          `PUT /Api/Articles/${edited}`,
          () =>
            cms
              .request()
              .put(`/Api/Articles/${edited}`)
              .send({ data: { summary: 'Changed' } }),
        ],
      ] as Array<[string, () => Promise<Response & { body: { error?: { message?: string } } }>]>) {
        const res = await send();
        if (res.status !== 403 || res.body.error?.message !== CONTENT_API_READ_ONLY)
          problems.push({
            request,
            status: res.status,
            problem: `not refused as read-only: ${JSON.stringify(res.body)}`,
          });
        const leak = judge(request, res, false);
        if (leak) problems.push(leak);
      }
      expect(problems).toEqual([]);
      expect(await cms.strapi.db.query(ARTICLE).count()).toBe(before);
    });
  });

  describe('GraphQL, with the build token', () => {
    type Body = { query: string; variables?: Record<string, unknown>; operationName?: string };
    const ENDPOINTS = ['/graphql', '/GRAPHQL', '/GraphQL', '/graphql/', '/%67raphql', '//graphql'];

    const post = (endpoint: string, body: Body | Body[]) =>
      cms.request().post(endpoint).set('Authorization', `Bearer ${TOKEN}`).send(body);
    const get = (endpoint: string, { query, variables, operationName }: Body) =>
      cms
        .request()
        .get(endpoint)
        .query({
          query,
          ...(variables ? { variables: JSON.stringify(variables) } : {}),
          ...(operationName ? { operationName } : {}),
        })
        .set('Authorization', `Bearer ${TOKEN}`)
        // Apollo's CSRF protection answers a GET only with a header a browser form cannot send.
        .set('Apollo-Require-Preflight', 'true');

    /** A GraphQL answer refuses when it carries errors and no data for the draft field. */
    const judgeGraphql = (request: string, res: Response, mustRefuse: boolean): Outcome | undefined => {
      const leak = judge(request, res, false);
      if (leak) return leak;
      const body = res.body as { errors?: unknown[]; data?: Record<string, unknown> | null } | undefined;
      // A refused root field is null, or nulls the whole `data` (the list fields are non-null).
      const fields = body?.data ? Object.values(body.data) : [null];
      const refused = res.status >= 400 || ((body?.errors?.length ?? 0) > 0 && fields.includes(null));
      return mustRefuse && !refused
        ? { request, status: res.status, problem: 'answered instead of refusing' }
        : undefined;
    };

    const cases = (): Array<{ name: string; body: Body; mustRefuse: boolean }> => {
      const draftOnly = planted.draftOnly[ARTICLE];
      const edited = planted.editedPublished[ARTICLE];
      const perType = SITE_CONTENT_TYPES.flatMap((uid) => {
        const { graphqlField } = apiNames(cms.strapi, uid);
        const field = MARKED_FIELD[uid];
        return [
          {
            name: `${graphqlField}(status: DRAFT)`,
            body: { query: `{ ${graphqlField}(status: DRAFT) { ${field} } }` },
            mustRefuse: true,
          },
          {
            name: `${graphqlField}(publicationFilter: MODIFIED)`,
            body: { query: `{ ${graphqlField}(publicationFilter: MODIFIED) { ${field} } }` },
            mustRefuse: true,
          },
          {
            name: `${graphqlField}(locale: "*")`,
            body: { query: `{ ${graphqlField}(locale: "*") { ${field} } }` },
            mustRefuse: false,
          },
        ];
      });
      return [
        ...perType,
        {
          name: 'status via a variable',
          body: {
            query: 'query Q($s: PublicationStatus) { articles(status: $s) { title } }',
            variables: { s: 'DRAFT' },
          },
          mustRefuse: true,
        },
        {
          name: 'publicationFilter via a variable',
          body: {
            query: 'query Q($f: PublicationFilter) { articles(publicationFilter: $f) { title } }',
            variables: { f: 'NEVER_PUBLISHED' },
          },
          mustRefuse: true,
        },
        {
          name: 'an alias beside a harmless query',
          body: { query: '{ ok: articles { title } leak: articles(status: DRAFT) { title } }' },
          mustRefuse: true,
        },
        {
          name: 'a fragment',
          body: { query: 'query { ...F } fragment F on Query { articles(status: DRAFT) { title } }' },
          mustRefuse: true,
        },
        {
          name: 'an inline fragment',
          body: { query: 'query { ... on Query { articles(status: DRAFT) { title } } }' },
          mustRefuse: true,
        },
        {
          name: '_connection',
          body: { query: '{ articles_connection(status: DRAFT) { nodes { title } } }' },
          mustRefuse: true,
        },
        {
          name: 'findOne of a draft-only document',
          body: { query: `{ article(documentId: "${draftOnly}") { title } }` },
          mustRefuse: false,
        },
        {
          name: 'findOne of a draft-only document, status: DRAFT',
          body: { query: `{ article(documentId: "${draftOnly}", status: DRAFT) { title } }` },
          mustRefuse: true,
        },
        {
          name: 'findOne of an edited document, status: DRAFT',
          body: { query: `{ article(documentId: "${edited}", status: DRAFT) { title } }` },
          mustRefuse: true,
        },
        {
          name: 'findOne of an edited document, hasPublishedVersion',
          body: { query: `{ article(documentId: "${edited}", hasPublishedVersion: true) { title } }` },
          mustRefuse: true,
        },
        {
          name: 'a nested relation with a status argument',
          body: { query: '{ articles { relatedResources(status: DRAFT) { title } } }' },
          mustRefuse: true,
        },
        {
          name: 'a nested relation with a publicationFilter argument',
          body: { query: '{ articles { relatedResources(publicationFilter: NEVER_PUBLISHED) { title } } }' },
          mustRefuse: true,
        },
        {
          name: 'relations to draft-only entries, no arguments',
          body: {
            query:
              '{ articles { relatedResources { title } topics { name articles { title } } } topics { articles { title } resources { title } } resources { supersededBy { title } relatedArticles { title } } }',
          },
          mustRefuse: false,
        },
        {
          name: 'filters on publishedAt',
          body: {
            query:
              '{ articles(filters: { or: [{ publishedAt: { null: true } }, { publishedAt: { notNull: true } }] }) { title } }',
          },
          mustRefuse: false,
        },
        {
          name: 'a plugin root that passes DRAFT down to relations',
          body: { query: '{ uploadFiles(status: DRAFT) { name related { __typename } } }' },
          mustRefuse: true,
        },
        {
          name: 'a plugin root without status, following relations',
          body: {
            query: '{ uploadFiles { name related { __typename ... on ComponentSharedImage { alt } } } }',
          },
          mustRefuse: false,
        },
      ];
    };

    it('POST: every trick is refused or answers published content only', async () => {
      const problems: Outcome[] = [];
      for (const endpoint of ENDPOINTS) {
        for (const { name, body, mustRefuse } of cases()) {
          const outcome = judgeGraphql(`POST ${endpoint} ${name}`, await post(endpoint, body), mustRefuse);
          if (outcome) problems.push(outcome);
        }
      }
      expect(problems).toEqual([]);
    });

    it('GET: every trick is refused or answers published content only', async () => {
      const problems: Outcome[] = [];
      for (const endpoint of ENDPOINTS) {
        for (const { name, body, mustRefuse } of cases()) {
          const outcome = judgeGraphql(`GET ${endpoint} ${name}`, await get(endpoint, body), mustRefuse);
          if (outcome) problems.push(outcome);
        }
      }
      expect(problems).toEqual([]);
    });

    it('a batched (array) body is not run', async () => {
      const batch = [{ query: '{ articles { title } }' }, { query: '{ articles(status: DRAFT) { title } }' }];
      for (const endpoint of ENDPOINTS) {
        const outcome = judgeGraphql(`batch ${endpoint}`, await post(endpoint, batch), true);
        expect(outcome).toBeUndefined();
      }
    });

    // Regression guard: no mutation runs, whatever the route's spelling or the document's shape.
    it('cannot write at any spelling', async () => {
      const mutations: Body[] = [
        { query: 'mutation { createArticle(data: { title: "x" }) { documentId } }' },
        {
          query:
            'mutation { a: register(input: { username: "t", email: "t@example.org", password: "Token-Password-1" }) { jwt } }',
        },
        { query: 'mutation M { forgotPassword(email: "t@example.org") { ok } }' },
        // The harmless query first, the mutation chosen by operationName.
        {
          query:
            'query Q { articles { title } } mutation W { register(input: { username: "t", email: "t@example.org", password: "Token-Password-1" }) { jwt } }',
          operationName: 'W',
        } as Body,
        { query: 'mutation { deleteUploadFile(id: "1") { documentId } }' },
      ];
      const problems: Outcome[] = [];
      for (const endpoint of ENDPOINTS) {
        for (const body of mutations) {
          for (const [method, res] of [
            ['POST', await post(endpoint, body)],
            ['GET', await get(endpoint, body)],
          ] as const) {
            const errors = (res.body as { errors?: unknown[]; data?: Record<string, unknown> | null }) ?? {};
            const ran = res.status < 400 && !(errors.errors?.length ?? 0);
            if (ran)
              problems.push({
                request: `${method} ${endpoint} ${body.query}`,
                status: res.status,
                problem: 'ran',
              });
          }
        }
      }
      expect(problems).toEqual([]);
      expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
    });

    it('refuses with BAD_USER_INPUT and the rule in words', async () => {
      const res = await post('/GRAPHQL', { query: '{ articles(status: DRAFT) { title } }' });
      const body = res.body as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      expect(body.errors?.[0]?.message).toMatch(REFUSAL);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('the document layer itself', () => {
    type Documents = { findMany: (params: Record<string, unknown>) => Promise<Array<{ title: string }>> };
    const articles = () => cms.strapi.documents(ARTICLE as never) as unknown as Documents;
    /** Runs `read` as if Strapi were serving a request with this state (what the router records). */
    const during = async (state: Record<string, unknown>, read: () => Promise<unknown>): Promise<unknown> => {
      let result: unknown;
      await cms.strapi.requestContext.run({ state } as never, async () => {
        result = await read().catch((error: unknown) => error);
      });
      return result;
    };

    it('refuses any read but a published one while a content-API route is served', async () => {
      const route = { route: { info: { type: 'content-api' } } };
      for (const params of [
        {},
        { status: 'draft' },
        { status: 'published', publicationFilter: 'modified' },
      ]) {
        const result = await during(route, () => articles().findMany(params));
        expect(result).toBeInstanceOf(Error);
        expect((result as Error).message).toMatch(REFUSAL);
      }
      const published = (await during(route, () => articles().findMany({ status: 'published' }))) as Array<{
        title: string;
      }>;
      expect(published.map((a) => a.title)).toEqual(['Article published']);
    });

    it('knows a content-API caller by its strategy too', async () => {
      for (const name of ['content-api-token', 'users-permissions']) {
        const result = await during({ auth: { strategy: { name } } }, () =>
          articles().findMany({ status: 'draft' }),
        );
        expect((result as Error).message).toMatch(REFUSAL);
      }
    });

    /** The id of the API token with this name, as the CMS made it at start-up. */
    const tokenId = async (name: string): Promise<number> =>
      ((await cms.strapi.db.query('admin::api-token').findOne({ where: { name } })) as { id: number }).id;

    // The one exception: the preview server's token. Known by what Strapi authenticated (the
    // strategy and the token row), so no other credential can pass for it.
    it('lets only the preview token read drafts, and write nothing', async () => {
      const previewId = await tokenId(PREVIEW_TOKEN_NAME);
      const buildId = await tokenId(BUILD_TOKEN_NAME);
      const asToken = (id: number, strategy = 'content-api-token') => ({
        route: { info: { type: 'content-api' } },
        auth: { strategy: { name: strategy }, credentials: { id } },
      });
      const drafts = (await during(asToken(previewId), () =>
        articles().findMany({ status: 'draft' }),
      )) as Array<{
        title: string;
      }>;
      expect(drafts.map((a) => a.title).join(' ')).toContain(LEAK_MARKER);
      for (const state of [
        asToken(buildId),
        asToken(previewId, 'users-permissions'),
        asToken(previewId, 'admin'),
        {
          route: { info: { type: 'content-api' } },
          auth: { strategy: { name: 'content-api-token' }, credentials: { id: String(previewId) } },
        },
        { route: { info: { type: 'content-api' } }, auth: { strategy: { name: 'content-api-token' } } },
        {
          route: { info: { type: 'content-api' } },
          auth: { strategy: { name: 'content-api-token' }, credentials: { name: PREVIEW_TOKEN_NAME } },
        },
      ]) {
        const result = await during(state, () => articles().findMany({ status: 'draft' }));
        expect([state, result instanceof Error ? (result as Error).message : 'answered']).toEqual([
          state,
          expect.stringMatching(REFUSAL),
        ]);
      }
      const write = await during(asToken(previewId), () =>
        (
          cms.strapi.documents(ARTICLE as never) as unknown as { create: (p: unknown) => Promise<unknown> }
        ).create({
          data: minimalContent[ARTICLE]('preview-token-write'),
        }),
      );
      expect((write as Error).message).toBe(CONTENT_API_READ_ONLY);
    });

    it("leaves the admin's requests alone", async () => {
      const drafts = (await during(
        { route: { info: { type: 'admin' } }, auth: { strategy: { name: 'admin' } } },
        () => articles().findMany({ status: 'draft' }),
      )) as Array<{ title: string }>;
      expect(drafts.map((a) => a.title).join(' ')).toContain(LEAK_MARKER);
    });
  });

  describe('the admin (positive control)', () => {
    const CM = '/content-manager';

    it("still reads drafts through the content manager's own routes", async () => {
      const draftOnly = await admin.get(
        `${CM}/collection-types/${ARTICLE}/${planted.draftOnly[ARTICLE]}?locale=en`,
      );
      expect(draftOnly.status).toBe(200);
      expect(JSON.stringify(draftOnly.body)).toContain(LEAK_MARKER);
      const edited = await admin.get(
        `${CM}/collection-types/${ARTICLE}/${planted.editedPublished[ARTICLE]}?locale=en&status=draft`,
      );
      expect(edited.status).toBe(200);
      expect(edited.body.data.title).toContain(LEAK_MARKER);
      const list = await admin.get(`${CM}/collection-types/${ARTICLE}?locale=en&status=draft`);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).toContain(LEAK_MARKER);
      const single = await admin.get(`${CM}/single-types/api::home-page.home-page?locale=en&status=draft`);
      expect(single.status).toBe(200);
      expect(single.body.data.heroTitle).toContain(LEAK_MARKER);
    });

    it('and code outside a request (seed, bootstrap) still reads drafts', async () => {
      const draft = (await documents(cms.strapi, ARTICLE).update({
        documentId: planted.draftOnly[ARTICLE] as string,
        data: {},
      })) as { title?: string } | null;
      expect(draft?.title).toContain(LEAK_MARKER);
      const found = (await (
        cms.strapi.documents(ARTICLE as never) as unknown as {
          findOne: (params: Record<string, unknown>) => Promise<{ title: string } | null>;
        }
      ).findOne({ documentId: planted.draftOnly[ARTICLE], status: 'draft' })) as { title: string } | null;
      expect(found?.title).toContain(LEAK_MARKER);
    });
  });
});
