import { startTestCms, type TestCms } from './helpers/strapi';

describe('CMS boot', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms();
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('answers its health check', async () => {
    await cms.request().get('/_health').expect(204);
  });
});
