/** cli.ts as a real process, with and without the service running. */
import { createServer, type Server } from 'node:http';
import { listReleases, liveRelease } from '../releases.ts';
import { type BuildRecord } from '../state.ts';
import { makeFixture, startService, stopAll, type Fixture } from './helpers.ts';
import { freePort, processEnv, run } from './processes.ts';

// Each case starts real Node processes (~0.3-1 s each on a busy 2-core machine).
jest.setTimeout(10_000);

let fixture: Fixture;
let servers: Server[] = [];
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  for (const s of servers) s.close();
  servers = [];
  await stopAll();
  fixture.cleanup();
});

const cli = async (args: string[], port: number) =>
  run('cli.ts', args, processEnv(fixture, { REBUILD_PORT: String(port) })).finished;

describe('when the service is not running', () => {
  it('`trigger` builds here, holding the data-dir lock, and reports the result', async () => {
    const port = await freePort(); // nothing listens here
    const first = await cli(['trigger', '--note', 'first deploy'], port);
    expect(first.stdout).toContain('not running: building here instead');
    expect(first.stdout).toMatch(/Build 1 is live \(release \S+, 7 pages/);
    expect(first.code).toBe(0);
    expect(listReleases(fixture.dataDir)).toHaveLength(1);

    fixture.control({
      leftOut: [
        {
          type: 'api::article.article',
          documentId: 'abc123',
          locale: 'en',
          title: 'Court',
          problem: 'Its URL name is bad.',
        },
      ],
    });
    const leftOut = await cli(['trigger'], port);
    expect(leftOut.code).toBe(0);
    expect(leftOut.stdout).toContain(
      'Left out of the site (1; fix them in the CMS):\n- api::article.article en abc123 "Court": Its URL name is bad.',
    );

    fixture.control({ fail: true });
    const failed = await cli(['trigger'], port);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('Build 3 failed: build command exited with code 1');
    expect(failed.stdout).toContain('Error: fake build failed on purpose');
  });

  it('`rollback` swaps to the previous release and records it in state.json', async () => {
    const port = await freePort();
    const nothing = await cli(['rollback'], port);
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toContain('no earlier release');
    // Two releases, built in-process (quicker than two more CLI runs), then the service stops.
    const { service } = await startService(fixture);
    for (let i = 0; i < 2; i++) {
      service.trigger();
      await service.whenIdle();
    }
    await stopAll();
    const [r1, r2] = listReleases(fixture.dataDir);
    expect(liveRelease(fixture.dataDir)).toBe(r2);
    const back = await cli(['rollback'], port);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain(`${r2} -> ${r1} is live`);
    expect(liveRelease(fixture.dataDir)).toBe(r1);
    const status = await cli(['status'], port);
    expect(status.stdout).toContain('"kind": "rollback"');
  });
});

describe('when the service is running', () => {
  const serve = async () => {
    const { service } = await startService(fixture);
    const port = await freePort();
    const server = createServer(service.webhookApp);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return { service, port };
  };

  it('`trigger` asks the service, waits for the build that covers it, and reports it', async () => {
    const { service, port } = await serve();
    const result = await cli(['trigger', '--note', 'by hand'], port);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Build requested \(event 1\)\.\nBuild 1 is live/);
    const [build] = service.status().history as BuildRecord[];
    expect(build?.events[0]).toMatchObject({ event: 'manual', note: 'by hand' });
  });

  it('`trigger --no-wait` returns at once', async () => {
    const { service, port } = await serve();
    const result = await cli(['trigger', '--no-wait'], port);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('Build requested (event 1).');
    await service.whenIdle();
  });

  it('`rollback` goes through the service, which records it', async () => {
    const { service, port } = await serve();
    for (let i = 0; i < 2; i++) {
      service.trigger();
      await service.whenIdle();
    }
    const [r1, r2] = listReleases(fixture.dataDir);
    const result = await cli(['rollback'], port);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Rolled back: ${r2} -> ${r1} is live.`);
    expect(service.status().history[0]).toMatchObject({ kind: 'rollback', from: r2, to: r1 });
  });

  it('reports a refused request (wrong secret) as a failure', async () => {
    const { port } = await serve();
    const env = processEnv(fixture, {
      REBUILD_PORT: String(port),
      WEBHOOK_SECRET: 'a-different-secret-1234567',
    });
    const result = await run('cli.ts', ['trigger'], env).finished;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('HTTP 401');
  });
});
