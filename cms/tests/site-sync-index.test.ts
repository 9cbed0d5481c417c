/**
 * `siteSyncIndex` on a real CMS: the published entries of every site content type, every locale,
 * with the published version's updatedAt, never a draft; readable with the build token and
 * refused to anyone the rest of the content API refuses.
 */
import { SITE_CONTENT_TYPES } from '../src/content/site-content-types';
import { createDraft, createPublished, documents, minimalContent } from './helpers/content';
import { createCustomToken, startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

const TOKEN = TEST_SECRETS.BUILD_API_TOKEN;
const ARTICLE = 'api::article.article';
const ABOUT = 'api::about.about';

const INDEX_QUERY = '{ siteSyncIndex { contentTypes { uid documentIds locales updatedAts } } }';

type Entry = { documentId: string; locale: string | null; updatedAt: string };
type Columns = { uid: string; documentIds: string[]; locales: Array<string | null>; updatedAts: string[] };
type GraphqlBody = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

/** Strapi stamps updatedAt in milliseconds: keep a change visibly after the last read. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('siteSyncIndex', () => {
  let cms: TestCms;
  let translated: string;
  let withNewerDraft: string;
  let draftOnly: string;
  let unpublished: string;

  const graphql = (query: string, token?: string) => {
    const req = cms.request().post('/graphql').send({ query });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };
  const readIndex = async (): Promise<Map<string, Entry[]>> => {
    const res = await graphql(INDEX_QUERY, TOKEN);
    expect(res.body.errors).toBeUndefined();
    const { contentTypes } = (res.body.data as { siteSyncIndex: { contentTypes: Columns[] } }).siteSyncIndex;
    return new Map(
      contentTypes.map(({ uid, documentIds, locales, updatedAts }) => {
        expect([locales.length, updatedAts.length]).toEqual([documentIds.length, documentIds.length]);
        const entries = documentIds.map((documentId, i) => ({
          documentId,
          locale: locales[i] ?? null,
          updatedAt: updatedAts[i] ?? '',
        }));
        return [uid, entries];
      }),
    );
  };
  /** The same entries as the site's own list query shows them, one locale. */
  const listed = async (locale: string): Promise<Entry[]> => {
    const res = await graphql(
      `{ articles_connection(locale: "${locale}", pagination: { pageSize: 100 }) { nodes { documentId locale updatedAt } } }`,
      TOKEN,
    );
    expect(res.body.errors).toBeUndefined();
    return (res.body.data as { articles_connection: { nodes: Entry[] } }).articles_connection.nodes;
  };
  const byKey = (entries: Entry[]) =>
    Object.fromEntries(entries.map((e) => [`${e.locale}:${e.documentId}`, Date.parse(e.updatedAt)]));

  beforeAll(async () => {
    cms = await startTestCms();
    const { strapi } = cms;
    translated = await createPublished(strapi, ARTICLE, minimalContent[ARTICLE]('translated'), 'en');
    await documents(strapi, ARTICLE).update({
      documentId: translated,
      locale: 'ar',
      data: minimalContent[ARTICLE]('translated-ar'),
    });
    await documents(strapi, ARTICLE).publish({ documentId: translated, locale: 'ar' });
    withNewerDraft = await createPublished(strapi, ARTICLE, minimalContent[ARTICLE]('newer-draft'), 'en');
    await tick();
    await documents(strapi, ARTICLE).update({
      documentId: withNewerDraft,
      locale: 'en',
      data: { title: 'Edited, not yet published' },
    });
    draftOnly = await createDraft(strapi, ARTICLE, minimalContent[ARTICLE]('draft-only'));
    unpublished = await createPublished(strapi, ARTICLE, minimalContent[ARTICLE]('unpublished'), 'en');
    await (
      strapi.documents(ARTICLE as never) as unknown as {
        unpublish: (params: Record<string, unknown>) => Promise<unknown>;
      }
    ).unpublish({ documentId: unpublished, locale: 'en' });
    await createPublished(strapi, ABOUT, minimalContent[ABOUT]('index'), 'en');
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('lists every site content type', async () => {
    expect([...(await readIndex()).keys()].sort()).toEqual([...SITE_CONTENT_TYPES].sort());
  });

  it('lists published entries only, every locale, as the content API shows them', async () => {
    const index = await readIndex();
    const articles = index.get(ARTICLE) ?? [];
    expect(articles.map((e) => `${e.locale}:${e.documentId}`).sort()).toEqual(
      [`ar:${translated}`, `en:${translated}`, `en:${withNewerDraft}`].sort(),
    );
    expect(articles.some((e) => e.documentId === draftOnly || e.documentId === unpublished)).toBe(false);
    // The published version's updatedAt, not the newer draft's: the same the site's queries see.
    expect(byKey(articles)).toEqual(byKey([...(await listed('en')), ...(await listed('ar'))]));
    expect(index.get(ABOUT)).toEqual([expect.objectContaining({ locale: 'en' })]);
    expect(index.get('api::topic.topic')).toEqual([]);
  });

  it('moves an entry’s updatedAt when a change is published', async () => {
    const before = (await readIndex()).get(ARTICLE)?.find((e) => e.documentId === withNewerDraft);
    await tick();
    await documents(cms.strapi, ARTICLE).publish({ documentId: withNewerDraft, locale: 'en' });

    const after = (await readIndex()).get(ARTICLE)?.find((e) => e.documentId === withNewerDraft);
    expect(Date.parse(after?.updatedAt ?? '')).toBeGreaterThan(Date.parse(before?.updatedAt ?? ''));
    expect(byKey((await readIndex()).get(ARTICLE) ?? [])).toEqual(
      byKey([...(await listed('en')), ...(await listed('ar'))]),
    );
  });

  it('is refused without a token, as the content types it indexes are', async () => {
    const index = await graphql(INDEX_QUERY);
    const articles = await graphql('{ articles { documentId } }');
    expect([401, 403]).toContain(articles.status);
    expect({ status: index.status, body: index.body as unknown }).toEqual({
      status: articles.status,
      body: articles.body as unknown,
    });
  });

  it('is refused with a wrong token', async () => {
    await graphql(INDEX_QUERY, 'not-the-token').expect(401);
  });

  it('is refused to a token that cannot list every site content type', async () => {
    const accessKey = await createCustomToken(cms.strapi, 'Articles only', [`${ARTICLE}.find`]);
    expect((await graphql('{ articles { documentId } }', accessKey).expect(200)).body.errors).toBeUndefined();

    const res = await graphql(INDEX_QUERY, accessKey);
    expect((res.body as GraphqlBody).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((res.body as GraphqlBody).data?.siteSyncIndex ?? null).toBeNull();
  });
});
