/** A stand-in for the rebuild service's webhook: it only records what the CMS sends. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = {
  event: string | undefined;
  body: { event?: string; uid?: string; entry?: { documentId?: string; locale?: string } };
};

export const startWebhookReceiver = async () => {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({
        event: req.headers['x-strapi-event'] as string | undefined,
        body: JSON.parse(raw) as ReceivedWebhook['body'],
      });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  /** Waits (up to 10 s) for a webhook matching `match`; undefined if none came. */
  const waitFor = async (match: (hook: ReceivedWebhook) => boolean) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const hook = received.find(match);
      if (hook) return hook;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  };
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    waitFor,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
