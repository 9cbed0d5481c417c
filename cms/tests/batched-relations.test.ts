/**
 * The content API's lists read relations, media and components in bulk
 * (cms/src/graphql/batched-relations.ts): the site's own queries cost a handful of database
 * queries per page instead of several per entry, and every answer is the one Strapi's own
 * resolvers give (compared field by field with the single-entry query, which they still serve),
 * published content only, with every field's authorisation unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createDraft, createPublished, documents, minimalContent } from './helpers/content';
import { createCustomToken, startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

const TOKEN = TEST_SECRETS.BUILD_API_TOKEN;
const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const PROJECT = 'api::partner-project.partner-project';
const TOPIC = 'api::topic.topic';
const AUDIENCE = 'api::audience.audience';
const ARTICLES = 110;
/** More than Strapi's default nested list size (25), so its paging of nested lists is compared too. */
const TOPICS = 30;

type GraphqlBody = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
};

const GRAPHQL_DIR = path.resolve(__dirname, '..', '..', 'web', 'src', 'loaders', 'strapi', 'graphql');
/** One of the site's own queries, as the loader sends it (with the fragments it uses). */
const siteQuery = (file: string): string =>
  `${readFileSync(path.join(GRAPHQL_DIR, file), 'utf8')}\n${readFileSync(path.join(GRAPHQL_DIR, 'fragments.graphql'), 'utf8')}`;

/** Every kind of field the lists read in bulk, and the ones they leave to Strapi. */
const ARTICLE_FIELDS = /* GraphQL */ `
  fragment ArticleFields on Article {
    documentId
    locale
    updatedAt
    title
    topics {
      documentId
      slug
      name
      updatedAt
    }
    firstTwo: topics(pagination: { limit: 2 }) {
      documentId
      name
    }
    fromSecond: topics(pagination: { start: 1, limit: 100 }) {
      documentId
    }
    secondPage: topics(pagination: { page: 2, pageSize: 10 }) {
      name
    }
    sorted: topics(sort: ["name:desc"], pagination: { limit: 100 }) {
      name
    }
    filtered: topics(filters: { name: { endsWith: "7" } }) {
      name
    }
    topics_connection {
      nodes {
        name
      }
    }
    relatedResources(pagination: { limit: 100 }) {
      documentId
      title
      audiences {
        name
      }
    }
    cover {
      alt
      caption
      image {
        url
        name
        mime
        width
        height
        updatedAt
      }
    }
    seo {
      metaTitle
      shareImage {
        url
        name
      }
    }
    localizations {
      documentId
      locale
    }
  }
`;
const RESOURCE_FIELDS = /* GraphQL */ `
  fragment ResourceFields on Resource {
    documentId
    title
    audiences(pagination: { limit: 100 }) {
      documentId
      name
    }
    files(pagination: { limit: 100 }) {
      language
      label
      file {
        url
        name
        mime
      }
    }
    firstFile: files(pagination: { limit: 1 }) {
      language
    }
    supersededBy {
      documentId
      title
      updatedAt
    }
    relatedArticles(pagination: { limit: 100 }) {
      documentId
      title
    }
  }
`;
const PROJECT_FIELDS = /* GraphQL */ `
  fragment ProjectFields on PartnerProject {
    documentId
    name
    partners {
      name
      url
      logo {
        url
        width
      }
    }
    relatedArticles {
      documentId
    }
  }
`;

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(180_000);

describe('lists read their relations, media and components in bulk', () => {
  let cms: TestCms;
  const topicIds: string[] = [];
  let draftOnlyTopic: string;
  let unpublishedTopic: string;
  let editedTopic: string;

  const graphql = (query: string, variables: Record<string, unknown> = {}, token: string = TOKEN) =>
    cms.request().post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(query, variables);
    expect((res.body as GraphqlBody).errors).toBeUndefined();
    return (res.body as GraphqlBody).data as Record<string, unknown>;
  };

  /** Counts the database queries made while `work` runs. */
  const countQueries = async (work: () => Promise<unknown>): Promise<number> => {
    let queries = 0;
    const onQuery = () => {
      queries += 1;
    };
    const connection = cms.strapi.db.connection as unknown as {
      on: (event: string, fn: () => void) => void;
      off: (event: string, fn: () => void) => void;
    };
    connection.on('query', onQuery);
    try {
      await work();
    } finally {
      connection.off('query', onQuery);
    }
    return queries;
  };

  /** Each listed entry equals what the single-entry query (Strapi's own resolvers) answers. */
  const expectSameAsSingleQueries = async (
    list: Array<Record<string, unknown>>,
    single: string,
    fragment: string,
    spread: string,
  ) => {
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      const data = await ok(
        `query One($id: ID!) { ${single}(documentId: $id, locale: "en") { ...${spread} } } ${fragment}`,
        { id: entry.documentId },
      );
      expect(entry).toEqual(data[single]);
    }
  };

  const image = (strapi: Core.Strapi, name: string) =>
    strapi.db.query('plugin::upload.file').create({
      data: {
        name,
        hash: name.replace(/\W/g, '_'),
        ext: '.png',
        mime: 'image/png',
        size: 1.5,
        width: 40,
        height: 30,
        url: `/uploads/${name}`,
        provider: 'local',
      },
    }) as Promise<{ id: number }>;

  beforeAll(async () => {
    cms = await startTestCms();
    const { strapi } = cms;
    for (let n = 0; n < TOPICS; n += 1) {
      topicIds.push(await createPublished(strapi, TOPIC, minimalContent[TOPIC](`t${n}`), 'en'));
    }
    draftOnlyTopic = await createDraft(strapi, TOPIC, minimalContent[TOPIC]('draft-only'));
    unpublishedTopic = await createPublished(strapi, TOPIC, minimalContent[TOPIC]('unpublished'), 'en');
    editedTopic = topicIds[0] as string;
    const audience = await createPublished(strapi, AUDIENCE, minimalContent[AUDIENCE]('a1'), 'en');
    const cover = await image(strapi, 'cover.png');
    const share = await image(strapi, 'share.png');
    const logo = await image(strapi, 'logo.png');
    const pdf = await strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'guide.pdf',
        hash: 'guide_pdf',
        ext: '.pdf',
        mime: 'application/pdf',
        size: 10,
        url: '/uploads/guide.pdf',
        provider: 'local',
      },
    });
    const newer = await createPublished(
      strapi,
      RESOURCE,
      { ...minimalContent[RESOURCE]('newer'), audiences: [audience] },
      'en',
    );
    const resources = [newer];
    for (let n = 0; n < 3; n += 1) {
      resources.push(
        await createPublished(
          strapi,
          RESOURCE,
          {
            ...minimalContent[RESOURCE](`r${n}`),
            audiences: [audience],
            supersededBy: n === 0 ? newer : null,
            files: [
              { language: 'en', label: 'English', file: pdf.id },
              { language: 'ar', label: null, file: pdf.id },
            ],
          },
          'en',
        ),
      );
    }
    for (let n = 0; n < ARTICLES; n += 1) {
      const topics = n % 3 === 0 ? [...topicIds, draftOnlyTopic, unpublishedTopic] : [topicIds[n % TOPICS]];
      await createPublished(
        strapi,
        ARTICLE,
        {
          ...minimalContent[ARTICLE](`${n}`),
          topics,
          relatedResources: n % 2 === 0 ? resources.slice(0, 1 + (n % 4)) : [],
          cover: n % 5 === 0 ? null : { alt: `Cover ${n}`, caption: null, image: cover.id },
          seo: { metaTitle: `SEO ${n}`, shareImage: n % 2 === 0 ? share.id : null },
        },
        'en',
      );
    }
    await createPublished(
      strapi,
      PROJECT,
      {
        ...minimalContent[PROJECT]('p1'),
        partners: [
          { name: 'With logo', url: 'https://a.example.org', logo: logo.id },
          { name: 'Without', url: 'https://b.example.org' },
        ],
      },
      'en',
    );
    // Published changes that Strapi keeps away from published entries' links: a topic renamed in
    // a draft (the published name stays), one unpublished (gone from every article).
    await documents(strapi, TOPIC).update({
      documentId: editedTopic,
      locale: 'en',
      data: { name: 'Draft name' },
    });
    await (
      strapi.documents(TOPIC as never) as unknown as {
        unpublish: (p: Record<string, unknown>) => Promise<unknown>;
      }
    ).unpublish({ documentId: unpublishedTopic, locale: 'en' });
  });

  afterAll(async () => {
    await cms?.stop();
  });

  it("answers the site's news query for a page of 100 in a handful of database queries", async () => {
    const query = siteQuery('news.graphql');
    let body: GraphqlBody = {};
    const queries = await countQueries(async () => {
      body = (await graphql(query, { locale: 'en', page: 1, pageSize: 100 }).expect(200)).body as GraphqlBody;
    });
    expect(body.errors).toBeUndefined();
    const nodes = (body.data?.articles_connection as { nodes: Array<Record<string, unknown>> }).nodes;
    expect(nodes).toHaveLength(100);
    process.stdout.write(`batched-relations: 100 articles in ${queries} database queries\n`);
    // Strapi's own resolvers made six or more per entry here (topics, related resources, cover,
    // its image, SEO, its image): over 600 for this page.
    expect(queries).toBeLessThan(40);
  });

  it('gives every listed article exactly what Strapi answers for it on its own', async () => {
    const data = await ok(
      `query { articles_connection(locale: "en", pagination: { pageSize: 100 }, sort: ["title:asc"]) {
        nodes { ...ArticleFields } } } ${ARTICLE_FIELDS}`,
    );
    const list = (data.articles_connection as { nodes: Array<Record<string, unknown>> }).nodes;
    expect(list).toHaveLength(100);
    await expectSameAsSingleQueries(list, 'article', ARTICLE_FIELDS, 'ArticleFields');
    // And the plain list query (no connection) is the same list.
    const plain = await ok(
      `query { articles(locale: "en", pagination: { pageSize: 100 }, sort: ["title:asc"]) { ...ArticleFields } } ${ARTICLE_FIELDS}`,
    );
    expect(plain.articles).toEqual(list);
  });

  it('shows published relation targets only, as they were published', async () => {
    const data = await ok(
      `query { articles_connection(locale: "en", filters: { title: { eq: "Article 0" } }) {
        nodes { topics(pagination: { limit: 100 }) { documentId name } } } }`,
    );
    const [article] = (
      data.articles_connection as { nodes: Array<{ topics: Array<{ documentId: string; name: string }> }> }
    ).nodes;
    const ids = article?.topics.map((topic) => topic.documentId) ?? [];
    expect(ids).toHaveLength(TOPICS);
    expect(ids).not.toContain(draftOnlyTopic);
    expect(ids).not.toContain(unpublishedTopic);
    expect(article?.topics.find((topic) => topic.documentId === editedTopic)?.name).toBe('Topic t0');
  });

  it('gives resources and projects (files, supersededBy, partner logos) what Strapi answers', async () => {
    const resources = await ok(
      `query { resources_connection(locale: "en") { nodes { ...ResourceFields } } } ${RESOURCE_FIELDS}`,
    );
    const list = (resources.resources_connection as { nodes: Array<Record<string, unknown>> }).nodes;
    expect(list.some((entry) => (entry.files as unknown[]).length === 2)).toBe(true);
    expect(list.some((entry) => entry.supersededBy !== null)).toBe(true);
    await expectSameAsSingleQueries(list, 'resource', RESOURCE_FIELDS, 'ResourceFields');

    const projects = await ok(
      `query { partnerProjects_connection(locale: "en") { nodes { ...ProjectFields } } } ${PROJECT_FIELDS}`,
    );
    const projectList = (projects.partnerProjects_connection as { nodes: Array<Record<string, unknown>> })
      .nodes;
    expect((projectList[0]?.partners as Array<{ logo: unknown }>).map((p) => p.logo !== null)).toEqual([
      true,
      false,
    ]);
    await expectSameAsSingleQueries(projectList, 'partnerProject', PROJECT_FIELDS, 'ProjectFields');
  });

  it('keeps each field’s authorisation: a token that cannot read topics gets none', async () => {
    const accessKey = await createCustomToken(cms.strapi, 'Articles without topics', [`${ARTICLE}.find`]);
    const res = await graphql(
      `
        query {
          articles_connection(locale: "en", pagination: { pageSize: 5 }) {
            nodes {
              title
              topics {
                name
              }
            }
          }
        }
      `,
      {},
      accessKey,
    );
    const body = res.body as GraphqlBody;
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(body.data)).not.toContain('Topic t');
  });

  it('never reads drafts in bulk: a list asking for them is refused as before', async () => {
    const res = await graphql(`
      query {
        articles_connection(locale: "en", status: DRAFT) {
          nodes {
            title
            topics {
              name
            }
          }
        }
      }
    `);
    const body = res.body as GraphqlBody;
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data?.articles_connection ?? null).toBeNull();
  });
});
