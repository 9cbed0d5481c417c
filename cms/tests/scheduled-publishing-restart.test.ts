/**
 * The schedule lives in the database, not in memory: a CMS that was stopped while an entry's
 * "publish at" passed publishes it as it starts again (its catch-up pass), with no editor.
 * Two boots of a real CMS on one SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimalContent } from './helpers/content';
import { startTestCms, type TestCms } from './helpers/strapi';
import { SCHEDULER_JOB } from '../src/scheduling/scheduler';

jest.setTimeout(240_000);

const ARTICLE = 'api::article.article';

describe('scheduled publishing across a restart', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-schedule-restart-'));
  const env = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') };
  let cms: TestCms | undefined;

  afterAll(async () => {
    await cms?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes at start-up what came due while the CMS was stopped', async () => {
    cms = await startTestCms({ env });
    const inAnHour = new Date(Date.now() + 60 * 60_000);
    inAnHour.setUTCSeconds(0, 0);
    const { documentId } = await cms.strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { ...minimalContent[ARTICLE]('after-restart'), publishAt: inAnHour.toISOString() },
    });
    // This instance's minute job is stopped, so only the next start can act on the entry.
    cms.strapi.cron.remove(SCHEDULER_JOB);
    // The hour passes while the CMS is down: the stored time is now in the past.
    await cms.strapi.db
      .query(ARTICLE)
      .updateMany({ where: { documentId }, data: { publishAt: new Date(Date.now() - 5 * 60_000) } });
    expect(
      await cms.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
    await cms.stop();

    cms = await startTestCms({ env });
    const published = (await cms.strapi.db.query(ARTICLE).findMany({
      where: { documentId, publishedAt: { $notNull: true } },
    })) as Array<{ publishAt: unknown }>;
    expect(published).toHaveLength(1);
    expect(published[0]?.publishAt).toBeNull();
  });
});
