import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchWebsiteStatus, NOT_ANSWERING, NOT_CONFIGURED } from '../fetch-status';
import { UNREADABLE_ANSWER } from '../map-status';

type Reply = { status: number; body: string; delayMs?: number };

const serve = async (reply: Reply) => {
  const timers: NodeJS.Timeout[] = [];
  const server = http.createServer((_req, res) => {
    const send = () => res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    if (reply.delayMs) timers.push(setTimeout(send, reply.delayMs));
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/status`,
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const IDLE = JSON.stringify({
  state: 'idle',
  queued: false,
  live: { release: 'r1', since: '2026-11-20T09:00:00.000Z' },
  running: null,
  lastSuccess: { finishedAt: '2026-11-20T09:00:00.000Z' },
  history: [],
});

describe('fetchWebsiteStatus', () => {
  it('maps a good answer', async () => {
    const service = await serve({ status: 200, body: IDLE });
    try {
      const status = await fetchWebsiteStatus({ url: service.url });
      expect(status.state).toBe('live');
      expect(status.currentRelease).toBe('r1');
    } finally {
      await service.close();
    }
  });

  it('says so when not configured', async () => {
    expect((await fetchWebsiteStatus({ url: undefined })).message).toBe(NOT_CONFIGURED);
  });

  it.each<[string, Reply, string]>([
    ['an error status', { status: 503, body: '{"error":"stopping"}' }, NOT_ANSWERING],
    ['not JSON', { status: 200, body: '<html>' }, UNREADABLE_ANSWER],
    ['too slow', { status: 200, body: IDLE, delayMs: 2000 }, NOT_ANSWERING],
  ])('reports unknown for %s, and tells the caller why', async (_name, reply, message) => {
    const service = await serve(reply);
    const problems: string[] = [];
    try {
      const status = await fetchWebsiteStatus({
        url: service.url,
        timeoutMs: 300,
        onProblem: (p) => problems.push(p),
      });
      expect(status.state).toBe('unknown');
      expect(status.message).toBe(message);
      expect(problems).toHaveLength(1);
    } finally {
      await service.close();
    }
  });

  it('reports unknown when nothing listens', async () => {
    const service = await serve({ status: 200, body: IDLE });
    await service.close();
    const status = await fetchWebsiteStatus({ url: service.url, timeoutMs: 500 });
    expect(status).toMatchObject({ state: 'unknown', message: NOT_ANSWERING, lastError: null });
  });
});
