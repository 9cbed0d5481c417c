import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { REBUILD_WEBHOOK_NAME } from '../src/bootstrap/rebuild-webhook';
import { ensureRebuildWebhook } from '../src/bootstrap/rebuild-webhook';
import { resetCmsEnv } from '../src/env';
import { startTestCms, type TestCms } from './helpers/strapi';

type Received = {
  event: string | undefined;
  authorization: string | undefined;
  body: { event?: string; uid?: string };
};

/** A stand-in for the rebuild service: it only records what the CMS sends. */
const startReceiver = async () => {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({
        event: req.headers['x-strapi-event'] as string | undefined,
        authorization: req.headers.authorization,
        body: JSON.parse(raw) as Received['body'],
      });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () => new Promise((r) => server.close(r)),
  };
};

describe('rebuild webhook registration', () => {
  let cms: TestCms;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const secret = 'test-webhook-secret-0123456789';

  beforeAll(async () => {
    receiver = await startReceiver();
    cms = await startTestCms({ env: { WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: secret } });
  });
  afterAll(async () => {
    await cms?.stop();
    await receiver?.close();
  });

  it('registers exactly one managed webhook with the secret header, idempotently', async () => {
    await ensureRebuildWebhook(cms.strapi);
    const hooks = (await cms.strapi.get('webhookStore').findWebhooks()) as Array<{
      name: string;
      url: string;
      headers: Record<string, string>;
      events: string[];
    }>;
    const managed = hooks.filter((h) => h.name === REBUILD_WEBHOOK_NAME);
    expect(managed).toHaveLength(1);
    expect(managed[0]?.url).toBe(receiver.url);
    expect(managed[0]?.headers.Authorization).toBe(`Bearer ${secret}`);
    expect(managed[0]?.events).toEqual(
      expect.arrayContaining(['entry.publish', 'entry.unpublish', 'entry.delete']),
    );
  });

  it('calls the rebuild service when content is published, with the bearer secret', async () => {
    await cms.strapi.documents('api::glossary-term.glossary-term').create({
      data: { term: 'Appeal', slug: 'appeal', definition: 'Asking a judge to look again at a decision.' },
      status: 'published',
    });
    const deadline = Date.now() + 10_000;
    while (!receiver.received.some((r) => r.event === 'entry.publish') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const publish = receiver.received.find((r) => r.event === 'entry.publish');
    expect(publish?.authorization).toBe(`Bearer ${secret}`);
    expect(publish?.body.uid).toBe('api::glossary-term.glossary-term');
  });

  it('updates the webhook when its address changes', async () => {
    process.env.WEBHOOK_URL = 'http://127.0.0.1:9/elsewhere';
    resetCmsEnv();
    try {
      await ensureRebuildWebhook(cms.strapi);
      const hooks = (await cms.strapi.get('webhookStore').findWebhooks()) as Array<{
        name: string;
        url: string;
      }>;
      expect(hooks.filter((h) => h.name === REBUILD_WEBHOOK_NAME).map((h) => h.url)).toEqual([
        'http://127.0.0.1:9/elsewhere',
      ]);
    } finally {
      process.env.WEBHOOK_URL = receiver.url;
      resetCmsEnv();
    }
  });
});
