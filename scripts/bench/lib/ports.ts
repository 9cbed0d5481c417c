/** Free TCP ports for the benchmarks' throw-away servers, from 1500 upward (the CMS others run uses 1337). */
import { createServer } from 'node:net';

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

const taken = new Set<number>();

/** The first port from `from` that is free now and not handed out earlier in this process. */
export const freePort = async (from = 1500): Promise<number> => {
  for (let port = from; port < 65535; port++) {
    if (taken.has(port)) continue;
    if (await isFree(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port from ${from}`);
};
