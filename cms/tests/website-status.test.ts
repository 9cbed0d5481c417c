/**
 * The admin's "Website" widget reads GET /website-status: admins only, mapped from the rebuild
 * service's GET /status (a scripted stand-in here), and a 200 "unknown" when that service is down.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  adminClient,
  createAdminUser,
  loginAdmin,
  superAdminClient,
  type AdminClient,
} from './helpers/admin';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

// Booting a CMS on a busy machine can take longer than jest's default 5 s per hook.
jest.setTimeout(120_000);

type Reply = { status: number; body: unknown };

/** A stand-in for the rebuild service whose /status answer each test scripts. */
const startStatusService = async () => {
  let reply: Reply = { status: 200, body: {} };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let open = true;
  return {
    url: `http://127.0.0.1:${port}/status`,
    requests,
    answer: (next: Reply) => (reply = next),
    close: () =>
      new Promise<void>((resolve) => {
        if (!open) return resolve();
        open = false;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const LIVE_RELEASE = '20261120-095500-0007';
const LAST_SUCCESS_AT = '2026-11-20T09:56:00.000Z';
const succeeded = {
  kind: 'build',
  number: 7,
  release: LIVE_RELEASE,
  startedAt: '2026-11-20T09:55:00.000Z',
  finishedAt: LAST_SUCCESS_AT,
  durationMs: 60000,
  result: 'success',
  live: true,
  pageCount: 120,
  events: [],
};
/** GET /status as scripts/rebuild/status-report.ts writes it, with the logs withheld. */
const statusReport = (overrides: Record<string, unknown> = {}) => ({
  state: 'idle',
  queued: false,
  live: { release: LIVE_RELEASE, since: LAST_SUCCESS_AT },
  running: null,
  pending: null,
  lastSuccess: { number: 7, release: LIVE_RELEASE, finishedAt: LAST_SUCCESS_AT },
  lastEventId: 9,
  history: [succeeded],
  ...overrides,
});

describe('GET /website-status', () => {
  let cms: TestCms;
  let service: Awaited<ReturnType<typeof startStatusService>>;
  let admin: AdminClient;

  beforeAll(async () => {
    service = await startStatusService();
    cms = await startTestCms({ env: { REBUILD_STATUS_URL: service.url } });
    admin = await superAdminClient(cms, 'website-status@example.org');
  });
  afterAll(async () => {
    await cms?.stop();
    await service?.close();
  });

  it('refuses visitors and content-API tokens, without asking the website service', async () => {
    service.answer({ status: 200, body: statusReport() });
    const before = service.requests.length;
    const anonymous = await cms.request().get('/website-status');
    expect(anonymous.status).toBe(401);
    const buildToken = await cms
      .request()
      .get('/website-status')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`);
    expect([401, 403]).toContain(buildToken.status);
    const forged = await cms.request().get('/website-status').set('Authorization', 'Bearer not-a-jwt');
    expect(forged.status).toBe(401);
    expect(service.requests.length).toBe(before);
    // The build token itself is valid: it is refused here because this is an admin route.
    const content = await cms
      .request()
      .get('/api/glossary-terms')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`);
    expect(content.status).toBe(200);
  });

  it('shows a live site with the time of the last successful update', async () => {
    service.answer({ status: 200, body: statusReport() });
    const res = await admin.get('/website-status');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      state: 'live',
      lastSuccessAt: LAST_SUCCESS_AT,
      lastError: null,
      currentRelease: LIVE_RELEASE,
    });
    expect(Date.now() - Date.parse(res.body.checkedAt as string)).toBeLessThan(60_000);
    expect(service.requests.at(-1)).toBe('GET /status');
  });

  it('shows an update in progress, and that more changes are waiting', async () => {
    const running = {
      number: 8,
      release: '20261120-095900-0008',
      startedAt: '2026-11-20T09:59:00.000Z',
      eventCount: 2,
    };
    service.answer({ status: 200, body: statusReport({ state: 'building', queued: true, running }) });
    const res = await admin.get('/website-status');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'updating',
      updateStartedAt: running.startedAt,
      moreChangesWaiting: true,
      currentRelease: LIVE_RELEASE,
    });
    expect(res.body.message).toMatch(/being updated/);

    service.answer({ status: 200, body: statusReport({ state: 'queued', queued: true }) });
    expect((await admin.get('/website-status')).body.state).toBe('queued');
  });

  it('explains a failed update in plain words, with only the first line of the reason', async () => {
    const failed = {
      ...succeeded,
      number: 8,
      release: '20261120-095900-0008',
      finishedAt: '2026-11-20T10:01:00.000Z',
      result: 'failed',
      live: false,
      error: 'build command exited with code 1\n    at Object.<anonymous> (/srv/web/build.js:1:1)',
    };
    service.answer({ status: 200, body: statusReport({ history: [failed, succeeded] }) });
    const res = await admin.get('/website-status');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'failed',
      lastSuccessAt: LAST_SUCCESS_AT,
      currentRelease: LIVE_RELEASE,
      lastError: {
        message: 'The last update failed: the site could not be built. The previous version is still online.',
        details: 'build command exited with code 1',
        failedAt: '2026-11-20T10:01:00.000Z',
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('/srv/web');
  });

  it('names each entry the live site was built without, with the CMS’s name for its type and its edit view', async () => {
    const leftOut = [
      {
        type: 'api::article.article',
        documentId: 'k3v9q2mzq8x0d1t7b5w4n6yh',
        locale: 'en',
        title: 'Court rules on age <img src=x onerror=alert(1)>',
        problem:
          "Its URL name '..' cannot be used. The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.",
      },
      {
        type: 'api::site-setting.site-setting',
        documentId: 'q1w2e3r4t5y6u7i8o9p0a1s2',
        locale: 'ar',
        title: 'جمعية',
        problem: "The link 'javascript:alert(1)' is not one the website can use.",
      },
    ];
    service.answer({
      status: 200,
      body: statusReport({ history: [{ ...succeeded, leftOut, leftOutCount: 2 }] }),
    });
    const res = await admin.get('/website-status');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'live',
      message:
        'The website is up to date, except for 2 entries that were left out because something in them needs fixing (listed below).',
      leftOutCount: 2,
      leftOut: [
        {
          typeName: 'News article',
          title: leftOut[0]?.title,
          locale: 'en',
          problem: leftOut[0]?.problem,
          editPath:
            '/content-manager/collection-types/api::article.article/k3v9q2mzq8x0d1t7b5w4n6yh?plugins[i18n][locale]=en',
        },
        {
          typeName: 'Site settings',
          editPath: '/content-manager/single-types/api::site-setting.site-setting?plugins[i18n][locale]=ar',
        },
      ],
    });
  });

  it('answers 200 "unknown" in plain words when the service errs or sends nonsense', async () => {
    service.answer({ status: 503, body: { error: 'the rebuild service is stopping' } });
    const stopping = await admin.get('/website-status');
    expect(stopping.status).toBe(200);
    expect(stopping.body).toMatchObject({ state: 'unknown', lastError: null });
    expect(stopping.body.message).toMatch(/website service is not answering/);

    service.answer({ status: 200, body: { hello: 'world' } });
    const nonsense = await admin.get('/website-status');
    expect(nonsense.status).toBe(200);
    expect(nonsense.body.state).toBe('unknown');
  });

  it('is open to every admin role, not only super admins (communications staff are editors)', async () => {
    service.answer({ status: 200, body: statusReport() });
    const { email } = await createAdminUser(cms.strapi, {
      email: 'comms-editor@example.org',
      roleCodes: ['charity-communications'],
    });
    const editor = adminClient(cms, await loginAdmin(cms, email));
    const res = await editor.get('/website-status');
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('live');
  });

  // Last: it stops the stand-in service for good.
  it('answers 200 "unknown" when the website service is down', async () => {
    await service.close();
    const res = await admin.get('/website-status');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'unknown',
      lastSuccessAt: null,
      lastError: null,
      currentRelease: null,
    });
    expect(res.body.message).toMatch(/^The website service is not answering/);
  });
});
