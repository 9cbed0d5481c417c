/** A stand-in for the rebuild service's GET /status whose answer each test scripts. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const startStatusService = async () => {
  let body: unknown = {};
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/status`,
    answer: (next: unknown) => (body = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** GET /status as scripts/rebuild/status-report.ts writes it, idle after one successful build. */
export const idleStatus = (finishedAt: string, overrides: Record<string, unknown> = {}) => ({
  state: 'idle',
  queued: false,
  live: { release: 'r1', since: finishedAt },
  running: null,
  lastSuccess: { finishedAt },
  history: [{ kind: 'build', release: 'r1', finishedAt, result: 'success', live: true }],
  ...overrides,
});
