/**
 * Readers during a swap see one whole release. Each page of a release carries its id, and the
 * server names the release it resolved in X-Release: a response whose body and header disagree,
 * or any error status, means a request saw two releases or none. The negative controls run the
 * same check against a non-atomic swap and a handler that resolves `current` twice, to show the
 * check catches both.
 */
import { readFile, realpath } from 'node:fs/promises';
import { readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { activateRelease, currentLink, listReleases, liveRelease } from '../releases.ts';
import { makeFixture, sleep, startService, stopAll, type Fixture } from './helpers.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// Each case hammers until it has seen enough (about a second; longer on a busy machine).
jest.setTimeout(15_000);

let fixture: Fixture;
let releases: string[];
let siteHandler: Handler;
let service: Awaited<ReturnType<typeof startService>>['service'];

beforeAll(async () => {
  fixture = makeFixture({ pruneGraceMs: 60_000 });
  ({ service } = await startService(fixture));
  for (let i = 0; i < 2; i++) {
    service.trigger();
    await service.whenIdle();
  }
  releases = listReleases(fixture.dataDir);
  expect(releases).toHaveLength(2);
  siteHandler = service.siteHandler;
});
afterAll(async () => {
  await stopAll();
  fixture.cleanup();
});

const listen = (handler: Handler): Promise<{ server: Server; base: string }> =>
  new Promise((resolve) => {
    const server = createServer(handler).listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    );
  });

const PATHS = ['/', '/page-1/', '/page-2/', '/page-3/', '/page-4/', '/page-5/', '/gone-page/'];

type HammerReport = {
  responses: number;
  swaps: number;
  problems: string[];
  seen: Set<string>;
  swappedMidRequest: number;
};

/**
 * Concurrent readers (and, if given, a swapper flipping `current` between the two releases)
 * until `enough` says so or `maxMs` passes. Stopping on counts rather than on time keeps the
 * test meaningful on a slow or busy machine. Every response is checked for one whole release.
 */
const hammer = async (
  base: string,
  options: {
    swap?: (id: string) => Promise<void> | void;
    enough: (r: HammerReport) => boolean;
    maxMs: number;
    readers?: number;
  },
): Promise<HammerReport> => {
  const report: HammerReport = {
    responses: 0,
    swaps: 0,
    problems: [],
    seen: new Set(),
    swappedMidRequest: 0,
  };
  const started = Date.now();
  let stopped = false;
  const stop = () => (stopped ||= options.enough(report) || Date.now() - started > options.maxMs);
  const swapper = async () => {
    if (!options.swap) return;
    while (!stop()) {
      await options.swap(releases[report.swaps % 2] as string);
      report.swaps++;
      await new Promise((r) => setImmediate(r));
    }
  };
  const reader = async (n: number) => {
    for (let i = n; !stop(); i++) {
      const url = PATHS[i % PATHS.length] as string;
      const res = await fetch(base + url);
      const body = await res.text();
      report.responses++;
      const header = res.headers.get('x-release');
      const bodyRelease = /release:([\w-]+)/.exec(body)?.[1];
      const expected = url === '/gone-page/' ? 404 : 200;
      if (res.status !== expected) report.problems.push(`${url}: status ${res.status}`);
      else if (!header || header !== bodyRelease)
        report.problems.push(`${url}: header ${header} body ${bodyRelease}`);
      else {
        report.seen.add(header);
        if (liveRelease(fixture.dataDir) !== header) report.swappedMidRequest++;
      }
    }
  };
  await Promise.all([swapper(), ...Array.from({ length: options.readers ?? 8 }, (_, n) => reader(n))]);
  return report;
};

it('serves every request from one whole release while `current` is swapped hundreds of times', async () => {
  const { server, base } = await listen(siteHandler);
  try {
    const report = await hammer(base, {
      swap: (id) => activateRelease(fixture.dataDir, id),
      enough: (r) => r.responses >= 300 && r.swaps >= 100 && r.swappedMidRequest >= 5,
      maxMs: 8000,
    });
    expect(report.problems).toEqual([]);
    expect(report.swaps).toBeGreaterThanOrEqual(100);
    expect(report.responses).toBeGreaterThanOrEqual(300);
    expect([...report.seen].sort()).toEqual(releases);
    // Swaps really happened while requests were in flight.
    expect(report.swappedMidRequest).toBeGreaterThanOrEqual(5);
  } finally {
    server.close();
  }
});

it('never serves a half-built release while real builds publish', async () => {
  const { server, base } = await listen(siteHandler);
  fixture.control({ delayMs: 150 }); // the fake build writes index.html, waits, then the rest
  let built = false;
  try {
    const building = (async () => {
      for (let i = 0; i < 3; i++) {
        service.trigger();
        await service.whenIdle();
      }
      built = true;
    })();
    const report = await hammer(base, { enough: () => built, maxMs: 8000, readers: 4 });
    await building;
    expect(report.problems).toEqual([]);
    expect(report.seen.size).toBeGreaterThanOrEqual(2);
  } finally {
    server.close();
    fixture.control({});
  }
});

describe('negative controls: the check fails when swaps are not atomic', () => {
  it('detects a swap that removes `current` before creating the new one', async () => {
    const { server, base } = await listen(siteHandler);
    try {
      const naiveSwap = async (id: string) => {
        rmSync(currentLink(fixture.dataDir), { force: true });
        await sleep(2);
        symlinkSync(path.join('releases', id), currentLink(fixture.dataDir));
      };
      const report = await hammer(base, {
        swap: naiveSwap,
        enough: (r) => r.problems.length >= 5,
        maxMs: 3000,
      });
      expect(report.problems.length).toBeGreaterThan(0);
      expect(report.problems.some((p) => p.includes('status 503'))).toBe(true);
    } finally {
      server.close();
      activateRelease(fixture.dataDir, releases[1] as string);
    }
  });

  it('detects a handler that resolves `current` more than once per request', async () => {
    const link = currentLink(fixture.dataDir);
    const resolvesTwice: Handler = (req, res) => {
      void (async () => {
        const header = path.basename(await realpath(link)); // resolved once here…
        await sleep(1);
        const url = req.url === '/gone-page/' ? '/404.html' : `${req.url}index.html`;
        const body = await readFile(path.join(link, url)); // …and again here
        res.writeHead(req.url === '/gone-page/' ? 404 : 200, { 'X-Release': header });
        res.end(body);
      })();
    };
    const { server, base } = await listen(resolvesTwice);
    try {
      const report = await hammer(base, {
        swap: (id) => activateRelease(fixture.dataDir, id),
        enough: (r) => r.problems.length >= 5,
        maxMs: 3000,
      });
      expect(report.problems.length).toBeGreaterThan(0);
      expect(report.problems.every((p) => p.includes('header'))).toBe(true);
    } finally {
      server.close();
    }
    expect(readlinkSync(link)).toMatch(/^releases\//);
  });
});
