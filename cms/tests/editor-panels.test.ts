/**
 * The admin's "What is live" edit-view panel (GET /what-is-live/...) and "Due for review" home
 * widget (GET /due-for-review): admins only, each by the content manager's own permissions, with
 * the website's state read from a scripted rebuild service.
 */
import {
  adminClient,
  createAdminUser,
  loginAdmin,
  superAdminClient,
  type AdminClient,
} from './helpers/admin';
import { minimalContent } from './helpers/content';
import { idleStatus, startStatusService } from './helpers/status-service';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

jest.setTimeout(120_000);

const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const SITE_URL = 'https://www.example-charity.org.uk';
const DAY = 86_400_000;

const isoDate = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

describe('editor panels', () => {
  let cms: TestCms;
  let status: Awaited<ReturnType<typeof startStatusService>>;
  let superAdmin: AdminClient;
  let comms: AdminClient;
  let resourceEditor: AdminClient;

  beforeAll(async () => {
    status = await startStatusService();
    cms = await startTestCms({ env: { REBUILD_STATUS_URL: status.url, SITE_URL } });
    superAdmin = await superAdminClient(cms, 'panels-super@example.org');
    await createAdminUser(cms.strapi, {
      email: 'panels-comms@example.org',
      roleCodes: ['charity-communications'],
    });
    await createAdminUser(cms.strapi, {
      email: 'panels-resources@example.org',
      roleCodes: ['charity-resource-editor'],
    });
    comms = adminClient(cms, await loginAdmin(cms, 'panels-comms@example.org'));
    resourceEditor = adminClient(cms, await loginAdmin(cms, 'panels-resources@example.org'));
  });
  afterAll(async () => {
    await cms?.stop();
    await status?.close();
  });

  const anonymousAndTokens = async (path: string) => {
    expect((await cms.request().get(path)).status).toBe(401);
    const token = await cms
      .request()
      .get(path)
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`);
    expect(token.status).toBe(401);
    const forged = await cms.request().get(path).set('Authorization', 'Bearer not-a-jwt');
    expect(forged.status).toBe(401);
  };

  describe('GET /due-for-review', () => {
    let due: Record<string, string>;
    beforeAll(async () => {
      due = {};
      const make = async (key: string, nextReview: string | null, publish: boolean) => {
        const doc = await cms.strapi.documents(RESOURCE).create({
          locale: 'en',
          data: { ...minimalContent[RESOURCE](key), nextReview, lastReviewed: isoDate(-300) },
          ...(publish ? { status: 'published' } : {}),
        });
        due[key] = doc.documentId;
      };
      await make('overdue', isoDate(-3), true);
      await make('soon', isoDate(10), false);
      await make('later', isoDate(45), true);
      await make('never', null, true);
    });

    it('is for admins only: visitors, the build token and forged sessions are refused', async () => {
      await anonymousAndTokens('/due-for-review');
    });

    it('is refused to a role that may not edit resources (Communications)', async () => {
      const res = await comms.get('/due-for-review');
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Resource overdue');
    });

    it('lists resources overdue or due within 30 days, overdue first, with links to edit them', async () => {
      for (const client of [resourceEditor, superAdmin]) {
        const res = await client.get('/due-for-review');
        expect(res.status).toBe(200);
        expect(res.headers['cache-control']).toBe('no-store');
        const items = res.body.items as Array<Record<string, unknown>>;
        expect(items.map((item) => item.title)).toEqual(['Resource overdue', 'Resource soon']);
        expect(items[0]).toMatchObject({
          documentId: due.overdue,
          overdue: true,
          daysLeft: expect.any(Number),
          published: true,
          editPath: `/content-manager/collection-types/${RESOURCE}/${due.overdue}?plugins[i18n][locale]=en`,
        });
        expect(items[0]?.daysLeft as number).toBeLessThan(0);
        expect(items[1]).toMatchObject({ overdue: false, published: false });
      }
    });
  });

  describe('GET /what-is-live/:uid/:documentId', () => {
    const path = (documentId: string, uid = ARTICLE, locale = 'en') =>
      `/what-is-live/${uid}/${documentId}?locale=${locale}`;
    const createArticle = async (key: string, published: boolean, extra: Record<string, unknown> = {}) =>
      (
        await cms.strapi.documents(ARTICLE).create({
          locale: 'en',
          data: { ...minimalContent[ARTICLE](key), ...extra },
          ...(published ? { status: 'published' } : {}),
        })
      ).documentId;

    it('is for admins only, and only for roles that may read that type', async () => {
      const documentId = await createArticle('guarded', true);
      await anonymousAndTokens(path(documentId));
      const tribute = await cms.strapi.documents('api::tribute.tribute').create({
        locale: 'en',
        data: minimalContent['api::tribute.tribute']('guarded'),
      });
      // Resource editors do not read tributes.
      expect((await resourceEditor.get(path(tribute.documentId, 'api::tribute.tribute'))).status).toBe(403);
      expect((await comms.get(path(tribute.documentId, 'api::tribute.tribute'))).status).toBe(200);
    });

    it('answers 404 for an unknown type, document or malformed id', async () => {
      expect((await superAdmin.get(path('abc123', 'api::nothing.nothing'))).status).toBe(404);
      expect((await superAdmin.get(path('abc123', 'admin::user'))).status).toBe(404);
      expect((await superAdmin.get(path('doesnotexist0000000000000'))).status).toBe(404);
      expect((await superAdmin.get(path('..%2F..%2Fetc'))).status).toBe(404);
    });

    it('a draft is not on the website, and says when it is scheduled, in London time', async () => {
      status.answer(idleStatus(new Date().toISOString()));
      const documentId = await createArticle('draft', false, { publishAt: '2031-07-01T23:01:00.000Z' });
      const res = await comms.get(path(documentId));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'not-published', publishedAt: null, publicUrl: null });
      expect(res.body.message).toContain(
        'scheduled to go live on Wednesday 2 July 2031 at 00:01 (London time)',
      );
    });

    it('is live since its publication once the website was updated after it, with its public page', async () => {
      const documentId = await createArticle('live', true);
      status.answer(idleStatus(new Date(Date.now() + 5_000).toISOString()));
      const res = await comms.get(path(documentId));
      expect(res.body).toMatchObject({
        state: 'live',
        publicUrl: `${SITE_URL}/news/article-live/`,
        problem: null,
      });
      expect(Date.parse(res.body.publishedAt as string)).toBeLessThanOrEqual(Date.now());
    });

    it('is "waiting for the website to update" while the update runs', async () => {
      const before = new Date(Date.now() - 60_000).toISOString();
      const documentId = await createArticle('waiting', true);
      status.answer(
        idleStatus(before, { state: 'building', running: { startedAt: new Date().toISOString() } }),
      );
      const res = await comms.get(path(documentId));
      expect(res.body.state).toBe('waiting');
      expect(res.body.message).toMatch(/Waiting for the website to update/);
    });

    it('says in plain words why the last update left it out, or why the update failed', async () => {
      const before = new Date(Date.now() - 60_000).toISOString();
      const documentId = await createArticle('left-out', true);
      const problem = 'The summary is empty: write a short summary.';
      status.answer(
        idleStatus(before, {
          history: [
            {
              kind: 'build',
              release: 'r1',
              finishedAt: new Date(Date.now() + 1000).toISOString(),
              result: 'success',
              live: true,
              leftOut: [{ type: ARTICLE, documentId, locale: 'en', title: 'Article left-out', problem }],
              leftOutCount: 1,
            },
          ],
        }),
      );
      const leftOut = await comms.get(path(documentId));
      expect(leftOut.body).toMatchObject({ state: 'left-out', problem, publicUrl: null });

      status.answer(
        idleStatus(before, {
          history: [
            {
              kind: 'build',
              finishedAt: new Date().toISOString(),
              result: 'failed',
              error: 'Cannot reach the CMS',
            },
          ],
        }),
      );
      const failed = await comms.get(path(documentId));
      expect(failed.body.state).toBe('failed');
      expect(failed.body.problem).toMatch(/the website could not read the content from the CMS/);
    });
  });
});
