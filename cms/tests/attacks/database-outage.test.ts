/**
 * The database becomes unreachable while an editor works: every save, read and sign-in answers
 * an honest 503 that says nothing was saved (not "This locale doesn't exist"), nothing is half
 * saved, and the same save works once the database is back. PostgreSQL only: the test's own
 * database refuses connections (ALLOW_CONNECTIONS false) and every session to it is cut, which
 * is what a database server going away looks like to the CMS. A SQLite file cannot go away.
 */
import { Client } from 'pg';
import { DATABASE_UNREACHABLE } from '../../src/http/database-outage';
import { createAdminUser, loginAdmin, superAdminClient, type AdminClient } from '../helpers/admin';
import { minimalContent } from '../helpers/content';
import { startTestCms, type TestCms } from '../helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

const CM = '/content-manager/collection-types';
const ARTICLE = 'api::article.article';
const onPostgres = process.env.DATABASE_CLIENT === 'postgres' ? describe : describe.skip;

onPostgres('attack: the database goes away while an editor works', () => {
  let cms: TestCms;
  let editor: AdminClient;
  let documentId: string;
  let database: string;

  /** The machine's cluster, as its superuser (the test's database is the only one touched). */
  const asSuperuser = async (sql: string, params: unknown[] = []): Promise<void> => {
    const client = new Client({
      host: process.env.PGHOST ?? '127.0.0.1',
      port: Number(process.env.PGPORT ?? 5432),
      user: process.env.PGUSER ?? 'postgres',
      database: 'postgres',
    });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  const cutOff = async () => {
    await asSuperuser(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await asSuperuser('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]);
  };
  const bringBack = () => asSuperuser(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);

  const save = (title: string) =>
    editor.put(`${CM}/${ARTICLE}/${documentId}?locale=en`, { ...minimalContent[ARTICLE]('outage'), title });

  beforeAll(async () => {
    cms = await startTestCms();
    database = String(cms.strapi.config.get('database.connection.connection.database'));
    expect(database).toMatch(/^cms_test_[0-9a-f]+$/);
    editor = await superAdminClient(cms);
    await createAdminUser(cms.strapi, { email: 'second@example.org', roleCodes: ['charity-communications'] });
    const created = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
      ...minimalContent[ARTICLE]('outage'),
      title: 'Before the outage',
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId as string;
  });
  afterAll(async () => {
    await bringBack().catch(() => undefined);
    await cms?.stop();
  });

  it('answers every save, read and sign-in with an honest 503, and saves nothing', async () => {
    await cutOff();
    try {
      const attempts: Array<[string, () => PromiseLike<{ status: number; body: unknown }>, string]> = [
        ['save', () => save('Saved while the database was away'), DATABASE_UNREACHABLE.write],
        [
          'create',
          () => editor.post(`${CM}/${ARTICLE}?locale=en`, minimalContent[ARTICLE]('during-outage')),
          DATABASE_UNREACHABLE.write,
        ],
        [
          'publish',
          () => editor.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=en`, {}),
          DATABASE_UNREACHABLE.write,
        ],
        ['list', () => editor.get(`${CM}/${ARTICLE}?locale=en`), DATABASE_UNREACHABLE.read],
        ['open', () => editor.get(`${CM}/${ARTICLE}/${documentId}?locale=en`), DATABASE_UNREACHABLE.read],
        [
          'sign in',
          () =>
            cms
              .request()
              .post('/admin/login')
              .send({ email: 'second@example.org', password: 'Test-Password-123' }),
          DATABASE_UNREACHABLE.write,
        ],
      ];
      const answers: Array<[string, number, unknown]> = [];
      for (const [name, attempt] of attempts) {
        const res = await attempt();
        answers.push([name, res.status, (res.body as { error?: { message?: string } }).error?.message]);
      }
      expect(answers).toEqual(attempts.map(([name, , message]) => [name, 503, message]));
    } finally {
      await bringBack();
    }
  });

  it('saves again once the database is back, and kept nothing from the outage', async () => {
    let res = await save('After the outage');
    // The pool may hand out one more connection that died with the outage before it reconnects.
    for (let attempt = 0; attempt < 20 && res.status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      res = await save('After the outage');
    }
    expect(res.status).toBe(200);
    const titles = (
      (await cms.strapi.db.query(ARTICLE).findMany({ select: ['title'] })) as Array<{ title: string }>
    ).map((row) => row.title);
    expect(titles).toEqual(['After the outage']);
    await loginAdmin(cms, 'second@example.org');
  });
});
