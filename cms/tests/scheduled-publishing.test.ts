/**
 * Scheduled publishing and embargo: the scheduler's pass is run with an injected clock, a minute
 * before and at each edge, against a real CMS. What the build token sees (everything the site,
 * RSS, search and sitemap are built from) and the rebuild webhook are checked at each step.
 */
import { adminClient, createAdminUser, loginAdmin, type AdminClient } from './helpers/admin';
import { minimalContent } from './helpers/content';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';
import { startWebhookReceiver } from './helpers/webhook-receiver';
import { runSchedulerPass } from '../src/scheduling/scheduler';
import { scheduledTypes } from '../src/scheduling/scheduled-types';
import { SCHEDULER_TEST_PATH } from '../src/scheduling/test-hook-route';

jest.setTimeout(120_000);

const ARTICLE = 'api::article.article';
const CM = '/content-manager/collection-types';
const MINUTE = 60_000;

/** A minute boundary well in the future, so the real clock's own passes never reach it. */
const futureMinute = (daysAhead: number): Date => {
  const date = new Date(Date.now() + daysAhead * 24 * 60 * MINUTE);
  date.setUTCSeconds(0, 0);
  return date;
};

describe('scheduled publishing', () => {
  let cms: TestCms;
  let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let editor: AdminClient;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    cms = await startTestCms({ env: { WEBHOOK_URL: hooks.url, WEBHOOK_SECRET: 'test-webhook-secret-0123' } });
    await createAdminUser(cms.strapi, { email: 'comms@example.org', roleCodes: ['charity-communications'] });
    editor = adminClient(cms, await loginAdmin(cms, 'comms@example.org'));
  });
  afterAll(async () => {
    await cms?.stop();
    await hooks?.close();
  });

  /** What the site build sees: the articles the build token can read with this slug. */
  const buildSees = async (slug: string): Promise<boolean> => {
    const res = await cms
      .request()
      .post('/graphql')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
      .send({ query: `{ articles(filters: { slug: { eq: "${slug}" } }) { documentId } }` });
    expect(res.body.errors).toBeUndefined();
    return (res.body.data.articles as unknown[]).length > 0;
  };
  const publishedRows = (documentId: string) =>
    cms.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } });
  const hookFor = (event: string, documentId: string) => () =>
    hooks.received.some((h) => h.event === event && h.body.entry?.documentId === documentId);
  const createDraft = async (key: string, schedule: Record<string, string | null>) => {
    const res = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
      ...minimalContent[ARTICLE](key),
      ...schedule,
    });
    expect(res.status).toBe(201);
    return res.body.data as { documentId: string };
  };

  it('applies to every draft-and-publish type with both fields: news, resources and pages', () => {
    expect(scheduledTypes(cms.strapi)).toEqual(
      expect.arrayContaining([ARTICLE, 'api::page.page', 'api::resource.resource']),
    );
    expect(scheduledTypes(cms.strapi)).not.toContain('api::tribute.tribute');
  });

  it('publishes at the minute, not a minute before, and the site rebuilds', async () => {
    const at = futureMinute(2);
    const { documentId } = await createDraft('embargo', { publishAt: at.toISOString() });

    const early = await runSchedulerPass(cms.strapi, new Date(at.getTime() - MINUTE));
    expect(early.filter((a) => a.documentId === documentId)).toEqual([]);
    expect(await publishedRows(documentId)).toBe(0);
    expect(await buildSees('article-embargo')).toBe(false);
    expect(hooks.received.some(hookFor('entry.publish', documentId))).toBe(false);

    const onTime = await runSchedulerPass(cms.strapi, at);
    expect(onTime).toContainEqual(
      expect.objectContaining({ uid: ARTICLE, documentId, locale: 'en', action: 'published' }),
    );
    expect(await publishedRows(documentId)).toBe(1);
    expect(await buildSees('article-embargo')).toBe(true);
    expect(await hooks.waitFor(hookFor('entry.publish', documentId))).toBeDefined();

    // Done is done: the time is cleared, so the next pass (or a restart's) does nothing more.
    const rows = (await cms.strapi.db.query(ARTICLE).findMany({ where: { documentId } })) as Array<{
      publishAt: unknown;
    }>;
    expect(rows.map((row) => row.publishAt)).toEqual([null, null]);
    const again = await runSchedulerPass(cms.strapi, new Date(at.getTime() + MINUTE));
    expect(again.filter((a) => a.documentId === documentId)).toEqual([]);
  });

  it('unpublishes at the minute, not a minute before, and the site rebuilds', async () => {
    const until = futureMinute(3);
    const { documentId } = await createDraft('until', { unpublishAt: until.toISOString() });
    expect((await editor.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=en`, {})).status).toBe(
      200,
    );
    expect(await buildSees('article-until')).toBe(true);

    await runSchedulerPass(cms.strapi, new Date(until.getTime() - MINUTE));
    expect(await publishedRows(documentId)).toBe(1);
    expect(hooks.received.some(hookFor('entry.unpublish', documentId))).toBe(false);

    const onTime = await runSchedulerPass(cms.strapi, until);
    expect(onTime).toContainEqual(expect.objectContaining({ documentId, action: 'unpublished' }));
    expect(await publishedRows(documentId)).toBe(0);
    expect(await buildSees('article-until')).toBe(false);
    expect(await hooks.waitFor(hookFor('entry.unpublish', documentId))).toBeDefined();
    // Kept as a draft, with no stale time to take it down again if it is published later.
    const draft = (await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId } })) as {
      unpublishAt: unknown;
    };
    expect(draft.unpublishAt).toBeNull();
  });

  it('takes down a published entry at an "unpublish at" saved afterwards without publishing again', async () => {
    const until = futureMinute(8);
    const { documentId } = await createDraft('saved-later', {});
    expect((await editor.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=en`, {})).status).toBe(
      200,
    );
    // The editor adds the time and presses Save only: the live version does not carry it.
    const saved = await editor.put(`${CM}/${ARTICLE}/${documentId}?locale=en`, {
      ...minimalContent[ARTICLE]('saved-later'),
      unpublishAt: until.toISOString(),
    });
    expect(saved.status).toBe(200);
    await runSchedulerPass(cms.strapi, new Date(until.getTime() - MINUTE));
    expect(await publishedRows(documentId)).toBe(1);
    await runSchedulerPass(cms.strapi, until);
    expect(await publishedRows(documentId)).toBe(0);
    expect(await hooks.waitFor(hookFor('entry.unpublish', documentId))).toBeDefined();
  });

  it('schedules to the minute: seconds the time picker kept are dropped, so it goes out on the minute', async () => {
    const at = futureMinute(9);
    const { documentId } = await createDraft('seconds', {
      publishAt: new Date(at.getTime() + 37_512).toISOString(),
    });
    const draft = (await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId } })) as {
      publishAt: unknown;
    };
    expect(new Date(draft.publishAt as string).toISOString()).toBe(at.toISOString());
    await runSchedulerPass(cms.strapi, at);
    expect(await publishedRows(documentId)).toBe(1);
  });

  it('catches up after downtime: a time passed hours ago is acted on at the next pass', async () => {
    const at = futureMinute(4);
    const { documentId } = await createDraft('catch-up', { publishAt: at.toISOString() });
    await runSchedulerPass(cms.strapi, new Date(at.getTime() + 3 * 60 * MINUTE));
    expect(await publishedRows(documentId)).toBe(1);
  });

  it('never puts up an entry whose whole window passed while the CMS was down', async () => {
    const at = futureMinute(5);
    const { documentId } = await createDraft('missed', {
      publishAt: at.toISOString(),
      unpublishAt: new Date(at.getTime() + 10 * MINUTE).toISOString(),
    });
    const actions = await runSchedulerPass(cms.strapi, new Date(at.getTime() + 60 * MINUTE));
    expect(actions).toContainEqual(expect.objectContaining({ documentId, action: 'missed' }));
    expect(await publishedRows(documentId)).toBe(0);
    expect(hooks.received.some(hookFor('entry.publish', documentId))).toBe(false);
  });

  it('publishes only the language that was scheduled', async () => {
    const at = futureMinute(6);
    const { documentId } = await createDraft('languages', {});
    const arabic = await editor.put(`${CM}/${ARTICLE}/${documentId}?locale=ar`, {
      ...minimalContent[ARTICLE]('languages-ar'),
      publishAt: at.toISOString(),
    });
    expect(arabic.status).toBe(200);
    await runSchedulerPass(cms.strapi, at);
    const published = (await cms.strapi.db.query(ARTICLE).findMany({
      where: { documentId, publishedAt: { $notNull: true } },
    })) as Array<{ locale: string }>;
    expect(published.map((row) => row.locale)).toEqual(['ar']);
  });

  describe('what editors may save', () => {
    type Refusal = {
      status: number;
      body: { error?: { message?: string; details?: { errors?: unknown[] } } };
    };
    const refusedBeside = (res: Refusal, field: string, words: RegExp) => {
      expect(res.status).toBe(400);
      expect(res.body.error?.details?.errors).toContainEqual(
        expect.objectContaining({ path: [field], message: expect.stringMatching(words) }),
      );
    };

    it('refuses an "unpublish at" before or at "publish at", in London time', async () => {
      const at = new Date('2031-07-01T23:01:00Z'); // 00:01 on 2 July in London (BST)
      const res = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
        ...minimalContent[ARTICLE]('backwards'),
        publishAt: at.toISOString(),
        unpublishAt: at.toISOString(),
      });
      refusedBeside(
        res,
        'unpublishAt',
        /must be after "Publish at" \(Wednesday 2 July 2031 at 00:01 \(London time\)\)/,
      );
    });

    it('refuses a "publish at" or "unpublish at" that has already passed', async () => {
      const past = new Date(Date.now() - 10 * MINUTE).toISOString();
      refusedBeside(
        await editor.post(`${CM}/${ARTICLE}?locale=en`, {
          ...minimalContent[ARTICLE]('past'),
          publishAt: past,
        }),
        'publishAt',
        /has already passed/,
      );
      refusedBeside(
        await editor.post(`${CM}/${ARTICLE}?locale=en`, {
          ...minimalContent[ARTICLE]('past-2'),
          unpublishAt: past,
        }),
        'unpublishAt',
        /has already passed/,
      );
      // "Now" (this minute) is fine: the next pass publishes it.
      const now = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
        ...minimalContent[ARTICLE]('now'),
        publishAt: new Date(Date.now() - 30_000).toISOString(),
      });
      expect(now.status).toBe(201);
    });

    it('refuses to publish by hand an entry scheduled for later (it would go out early)', async () => {
      const at = futureMinute(7);
      const { documentId } = await createDraft('hand', { publishAt: at.toISOString() });
      const res = await editor.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=en`, {});
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toMatch(/scheduled to go live on .* \(London time\)/);
      expect(await publishedRows(documentId)).toBe(0);
      // Nor through the document service in one go (create/update with status published).
      await expect(
        cms.strapi.documents(ARTICLE).update({ documentId, locale: 'en', data: {}, status: 'published' }),
      ).rejects.toThrow(/scheduled to go live/);
      expect(await publishedRows(documentId)).toBe(0);
    });

    it('hides the schedule from the content API and the build', async () => {
      const res = await cms
        .request()
        .post('/graphql')
        .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
        .send({ query: '{ articles { documentId publishAt } }' });
      expect(res.body.errors?.[0]?.message).toMatch(/publishAt/);
    });
  });

  it('has no clock hook unless SCHEDULER_TEST_HOOK is on', async () => {
    const res = await editor.post(SCHEDULER_TEST_PATH, { now: new Date().toISOString() });
    expect([404, 405]).toContain(res.status);
  });
});
