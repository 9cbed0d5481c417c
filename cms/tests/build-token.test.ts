import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

describe('website build token', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms();
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const graphql = (query: string, token?: string) => {
    const req = cms.request().post('/graphql').send({ query });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  it('reads published content with the value from BUILD_API_TOKEN', async () => {
    const res = await graphql(
      '{ articles { documentId } i18NLocales { code } }',
      TEST_SECRETS.BUILD_API_TOKEN,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.articles).toEqual([]);
    expect(res.body.data.i18NLocales.map((l: { code: string }) => l.code).sort()).toEqual([
      'ar',
      'en',
      'fa',
      'ro',
      'sq',
    ]);
  });

  it('refuses a wrong token', async () => {
    await graphql('{ articles { documentId } }', 'not-the-token').expect(401);
  });
});
