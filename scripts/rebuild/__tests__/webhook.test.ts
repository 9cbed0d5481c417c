import request from 'supertest';
import { auth, makeFixture, publishEvent, sleep, startService, stopAll, type Fixture } from './helpers.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  await stopAll();
  fixture.cleanup();
});

describe('POST /webhook authentication', () => {
  it.each([
    ['no header', {}],
    ['a wrong secret', { Authorization: 'Bearer not-the-secret-at-all' }],
    ['the secret with a suffix', { Authorization: `${auth.Authorization}x` }],
    ['the secret without the Bearer scheme', { Authorization: auth.Authorization.replace('Bearer ', '') }],
    ['a Basic scheme', { Authorization: `Basic ${auth.Authorization.slice(7)}` }],
  ])('refuses %s with 401 and builds nothing', async (_label, headers) => {
    const { service } = await startService(fixture);
    const res = await request(service.webhookApp).post('/webhook').set(headers).send(publishEvent());
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(service.status().lastEventId).toBe(0);
  });

  it('accepts the right secret (scheme is case-insensitive) with 202 and an event id', async () => {
    const { service } = await startService(fixture);
    const res = await request(service.webhookApp)
      .post('/webhook')
      .set('Authorization', auth.Authorization.replace('Bearer', 'bearer'))
      .send(publishEvent());
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ accepted: true, eventId: 1 });
  });
});

describe('POST /webhook bodies', () => {
  it('refuses a body over the limit with 413 (declared length)', async () => {
    const { service } = await startService(fixture, { config: { bodyLimitBytes: 2048 } });
    const big = { ...publishEvent(), padding: 'x'.repeat(4096) };
    const res = await request(service.webhookApp).post('/webhook').set(auth).send(big);
    expect(res.status).toBe(413);
    expect(service.status().lastEventId).toBe(0);
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const { service } = await startService(fixture, { config: { bodyLimitBytes: 2048 } });
    const req = request(service.webhookApp)
      .post('/webhook')
      .set(auth)
      .set('Content-Type', 'application/json');
    // Two writes without a Content-Length: the server only learns the size while reading.
    req.write('{"event":"entry.publish","padding":"');
    req.write(`${'y'.repeat(4096)}"}`);
    const res = await req;
    expect(res.status).toBe(413);
    expect(service.status().lastEventId).toBe(0);
  });

  it('accepts a body of exactly the limit', async () => {
    const { service } = await startService(fixture, { config: { bodyLimitBytes: 2048 } });
    const base = JSON.stringify({ ...publishEvent(), padding: '' });
    const body = JSON.stringify({ ...publishEvent(), padding: 'z'.repeat(2048 - Buffer.byteLength(base)) });
    expect(Buffer.byteLength(body)).toBe(2048);
    const res = await request(service.webhookApp)
      .post('/webhook')
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(202);
  });

  it.each([
    ['malformed JSON', '{"event": "entry.publish",'],
    ['JSON without an event', '{"model":"article"}'],
    ['a JSON array', '[1,2]'],
    ['an empty body', ''],
  ])('refuses %s with 400', async (_label, body) => {
    const { service } = await startService(fixture);
    const res = await request(service.webhookApp)
      .post('/webhook')
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(service.status().lastEventId).toBe(0);
  });
});

describe('events that cannot change the site', () => {
  it.each([
    [
      'a draft created',
      { event: 'entry.create', model: 'article', entry: { documentId: 'd', publishedAt: null } },
    ],
    [
      'a draft updated',
      { event: 'entry.update', model: 'resource', entry: { documentId: 'd', publishedAt: null } },
    ],
    [
      'a single-type draft updated',
      { event: 'entry.update', model: 'home-page', entry: { documentId: 'h', publishedAt: null } },
    ],
    ['a draft discarded', { event: 'entry.draft-discard', model: 'article', entry: { documentId: 'd' } }],
    ['the CMS test button', { event: 'trigger-test' }],
  ])('acknowledges %s with 202, logs why, and never builds', async (_label, payload) => {
    const { service, logger } = await startService(fixture);
    const res = await request(service.webhookApp).post('/webhook').set(auth).send(payload);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ accepted: false, ignored: true });
    expect(res.body.reason).toEqual(expect.any(String));
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ msg: 'event ignored', event: payload.event }),
    );
    expect(service.status()).toMatchObject({ state: 'idle', lastEventId: 0, pending: null });
    await sleep(fixture.config.quietMs * 4);
    expect(fixture.runs()).toBe(0);
  });
});

describe('events that change the site', () => {
  it.each([
    ['entry.publish', { event: 'entry.publish', model: 'article', entry: {} }],
    ['entry.unpublish', { event: 'entry.unpublish', model: 'article', entry: { documentId: 'a' } }],
    [
      'entry.delete',
      { event: 'entry.delete', model: 'article', entry: { documentId: 'a', publishedAt: null } },
    ],
    [
      'an update of published content',
      {
        event: 'entry.update',
        model: 'page',
        entry: { documentId: 'p', publishedAt: '2026-01-01T00:00:00.000Z' },
      },
    ],
    [
      'a published single type',
      { event: 'entry.publish', model: 'site-setting', uid: 'api::site-setting.site-setting' },
    ],
    ['a media upload', { event: 'media.create', media: { id: 3 } }],
    ['a media deletion', { event: 'media.delete', media: { id: 3 } }],
    ['a near-empty publish payload', { event: 'entry.publish' }],
  ])('builds for %s', async (_label, payload) => {
    const { service } = await startService(fixture);
    const res = await request(service.webhookApp).post('/webhook').set(auth).send(payload);
    expect(res.status).toBe(202);
    expect(res.body.accepted).toBe(true);
    await service.whenIdle();
    expect(fixture.runs()).toBe(1);
    const [build] = service.status().history;
    expect(build).toMatchObject({ kind: 'build', result: 'success', live: true });
    expect(build?.kind === 'build' && build.events.map((e) => e.event)).toEqual([payload.event]);
  });

  it('records only short string fields of the entry, never the rest of the payload', async () => {
    const { service } = await startService(fixture);
    await request(service.webhookApp)
      .post('/webhook')
      .set(auth)
      .send({ ...publishEvent('doc-9'), entry: { documentId: 'doc-9', locale: 'ar', body: 'private text' } });
    await service.whenIdle();
    const [build] = service.status().history;
    const recorded = build?.kind === 'build' ? build.events[0] : undefined;
    expect(recorded).toMatchObject({
      documentId: 'doc-9',
      locale: 'ar',
      model: 'article',
      source: 'webhook',
    });
    expect(JSON.stringify(recorded)).not.toContain('private text');
  });
});

describe('the rest of the API', () => {
  it('GET /health says ok; unknown paths 404; wrong methods 405', async () => {
    const { service } = await startService(fixture);
    const app = service.webhookApp;
    expect((await request(app).get('/health')).body).toMatchObject({
      status: 'ok',
      state: 'idle',
      live: null,
    });
    expect((await request(app).get('/nope')).status).toBe(404);
    const wrong = await request(app).get('/webhook');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
    expect((await request(app).post('/status')).status).toBe(405);
  });

  it('POST /trigger needs the secret and starts a build with the note recorded', async () => {
    const { service } = await startService(fixture);
    expect((await request(service.webhookApp).post('/trigger')).status).toBe(401);
    const res = await request(service.webhookApp).post('/trigger').set(auth).send({ note: 'menu fix' });
    expect(res.status).toBe(202);
    await service.whenIdle();
    const [build] = service.status().history;
    expect(build).toMatchObject({ result: 'success' });
    expect(build?.kind === 'build' && build.events[0]).toMatchObject({ event: 'manual', note: 'menu fix' });
    expect((await request(service.webhookApp).post('/trigger').set(auth).send({ note: 5 })).status).toBe(400);
  });

  it('GET /status shows build log tails only to a caller with the secret', async () => {
    const { service } = await startService(fixture);
    fixture.control({ fail: true });
    service.trigger();
    await service.whenIdle();
    const open = await request(service.webhookApp).get('/status');
    expect(open.status).toBe(200);
    expect(open.headers['cache-control']).toBe('no-store');
    expect(open.body.history[0]).toMatchObject({ result: 'failed' });
    expect(open.body.history[0].error).toMatch(/exited with code 1/);
    expect(open.body.history[0].logTail).toBeUndefined();
    const withSecret = await request(service.webhookApp).get('/status').set(auth);
    expect(withSecret.body.history[0].logTail.length).toBeGreaterThan(0);
  });

  it('answers 503 once stopped', async () => {
    const { service } = await startService(fixture);
    await service.stop();
    expect((await request(service.webhookApp).post('/webhook').set(auth).send(publishEvent())).status).toBe(
      503,
    );
    expect((await request(service.webhookApp).get('/health')).status).toBe(503);
  });
});
