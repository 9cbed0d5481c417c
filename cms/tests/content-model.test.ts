/**
 * The content model works end to end: every type can be created and published, relations
 * resolve for the build, and paging past the maximum page size still reaches every item.
 */
import { SITE_CONTENT_TYPES } from '../src/content/site-content-types';
import { apiNames, createPublished, documents, minimalContent } from './helpers/content';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

const TOPIC_COUNT = 130;

type GraphqlBody<T> = { data?: T; errors?: Array<{ message: string }> };

describe('content model', () => {
  let cms: TestCms;

  const graphql = async <T>(query: string): Promise<T> => {
    const res = await cms
      .request()
      .post('/graphql')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
      .send({ query });
    const body = res.body as GraphqlBody<T>;
    expect(body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    return body.data as T;
  };

  beforeAll(async () => {
    cms = await startTestCms();
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it.each(SITE_CONTENT_TYPES.map((uid) => [uid]))(
    '%s can be created, published and read by the build',
    async (uid) => {
      const { strapi } = cms;
      const data = minimalContent[uid]('model');
      const documentId = await createPublished(strapi, uid, data);
      const rows = (await strapi.db.query(uid).findMany({ where: { documentId } })) as Array<{
        publishedAt: string | null;
      }>;
      // Draft and published versions, as Strapi 5 stores a published document.
      expect(rows.map((row) => row.publishedAt === null).sort()).toEqual([false, true]);

      const { graphqlField } = apiNames(strapi, uid);
      const [firstField] = Object.keys(data);
      const result = await graphql<Record<string, unknown>>(
        `{ ${graphqlField} { documentId ${firstField} } }`,
      );
      const value = result[graphqlField];
      const entries = Array.isArray(value) ? value : [value];
      expect(entries).toContainEqual({ documentId, [firstField as string]: data[firstField as string] });
    },
  );

  it('resolves relations for the build through GraphQL', async () => {
    const { strapi } = cms;
    const topic = await createPublished(
      strapi,
      'api::topic.topic',
      minimalContent['api::topic.topic']('detention'),
    );
    const audience = await createPublished(strapi, 'api::audience.audience', {
      ...minimalContent['api::audience.audience']('lawyers'),
      name: 'Lawyers',
    });
    const newGuide = await createPublished(strapi, 'api::resource.resource', {
      ...minimalContent['api::resource.resource']('new-guide'),
      audiences: [audience],
      topics: [topic],
    });
    const oldGuide = await createPublished(strapi, 'api::resource.resource', {
      ...minimalContent['api::resource.resource']('old-guide'),
      audiences: [audience],
      supersededBy: newGuide,
    });
    const article = await createPublished(strapi, 'api::article.article', {
      ...minimalContent['api::article.article']('relations'),
      topics: [topic],
      relatedResources: [newGuide],
    });
    const project = await createPublished(strapi, 'api::partner-project.partner-project', {
      ...minimalContent['api::partner-project.partner-project']('relations'),
      relatedArticles: [article],
    });

    const data = await graphql<{
      article: { topics: Array<{ slug: string }>; relatedResources: Array<{ slug: string }> };
      old: { audiences: Array<{ name: string }>; supersededBy: { slug: string } | null };
      guide: { relatedArticles: Array<{ slug: string }>; topics: Array<{ slug: string }> };
      partnerProject: { relatedArticles: Array<{ slug: string }> };
    }>(`{
      article(documentId: "${article}") { topics { slug } relatedResources { slug } }
      old: resource(documentId: "${oldGuide}") { audiences { name } supersededBy { slug } }
      guide: resource(documentId: "${newGuide}") { relatedArticles { slug } topics { slug } }
      partnerProject(documentId: "${project}") { relatedArticles { slug } }
    }`);
    expect(data.article).toEqual({
      topics: [{ slug: 'topic-detention' }],
      relatedResources: [{ slug: 'resource-new-guide' }],
    });
    expect(data.old).toEqual({
      audiences: [{ name: 'Lawyers' }],
      supersededBy: { slug: 'resource-new-guide' },
    });
    expect(data.guide).toEqual({
      relatedArticles: [{ slug: 'article-relations' }],
      topics: [{ slug: 'topic-detention' }],
    });
    expect(data.partnerProject).toEqual({ relatedArticles: [{ slug: 'article-relations' }] });
  });

  it('pages past the maximum page size to every item, with a correct total', async () => {
    const topics = documents(cms.strapi, 'api::topic.topic');
    const existing = (
      await graphql<{ topics_connection: { pageInfo: { total: number } } }>(
        '{ topics_connection { pageInfo { total } } }',
      )
    ).topics_connection.pageInfo.total;
    for (let index = 0; index < TOPIC_COUNT; index += 1) {
      await topics.create({
        data: minimalContent['api::topic.topic'](`bulk-${String(index).padStart(3, '0')}`),
        status: 'published',
      });
    }
    const total = existing + TOPIC_COUNT;

    type Page = {
      topics_connection: {
        nodes: Array<{ slug: string }>;
        pageInfo: { total: number; pageCount: number; pageSize: number };
      };
    };
    const page = (n: number) =>
      graphql<Page>(`{ topics_connection(pagination: { page: ${n}, pageSize: 100 }, sort: "slug:asc") {
        nodes { slug } pageInfo { total pageCount pageSize } } }`);
    const first = await page(1);
    const second = await page(2);
    expect(first.topics_connection.pageInfo).toEqual({
      total,
      pageCount: Math.ceil(total / 100),
      pageSize: 100,
    });
    expect(first.topics_connection.nodes).toHaveLength(100);
    expect(second.topics_connection.nodes).toHaveLength(total - 100);

    const slugs = [...first.topics_connection.nodes, ...second.topics_connection.nodes].map(
      (node) => node.slug,
    );
    expect(new Set(slugs).size).toBe(total);
    for (let index = 0; index < TOPIC_COUNT; index += 1) {
      expect(slugs).toContain(`topic-bulk-${String(index).padStart(3, '0')}`);
    }
    // Asking for more than the maximum still gets 100, never everything at once.
    const oversize = await graphql<Page>(
      '{ topics_connection(pagination: { pageSize: 500 }) { nodes { slug } pageInfo { total pageCount pageSize } } }',
    );
    expect(oversize.topics_connection.nodes).toHaveLength(100);
    expect(oversize.topics_connection.pageInfo.pageSize).toBe(100);
  });
});
