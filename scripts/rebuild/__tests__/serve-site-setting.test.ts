/** REBUILD_SERVE_SITE=false: a production worker builds and swaps releases but leaves serving to nginx. */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { parseRebuildEnv, RebuildEnvError } from '../env.ts';
import { currentLink } from '../releases.ts';
import { auth, makeFixture, publishEvent, waitFor, type Fixture } from './helpers.ts';
import { freePort, processEnv, run, type Running } from './processes.ts';

jest.setTimeout(15_000);

const secret = 'a-long-enough-secret-value';

describe('REBUILD_SERVE_SITE', () => {
  it('defaults to serving the site, and reads true/false in the usual spellings', () => {
    expect(parseRebuildEnv({ WEBHOOK_SECRET: secret }, '/r').serveSite).toBe(true);
    expect(parseRebuildEnv({ WEBHOOK_SECRET: secret, REBUILD_SERVE_SITE: '' }, '/r').serveSite).toBe(true);
    for (const value of ['false', '0', 'no']) {
      expect(parseRebuildEnv({ WEBHOOK_SECRET: secret, REBUILD_SERVE_SITE: value }, '/r').serveSite).toBe(
        false,
      );
    }
    for (const value of ['true', '1', 'yes']) {
      expect(parseRebuildEnv({ WEBHOOK_SECRET: secret, REBUILD_SERVE_SITE: value }, '/r').serveSite).toBe(
        true,
      );
    }
  });

  it('refuses a value it cannot read, by name, rather than guessing', () => {
    const parse = () => parseRebuildEnv({ WEBHOOK_SECRET: secret, REBUILD_SERVE_SITE: 'off' }, '/r');
    expect(parse).toThrow(RebuildEnvError);
    expect(parse).toThrow(/REBUILD_SERVE_SITE/);
  });
});

/** Resolves true when something accepts a TCP connection on the port. */
const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('main.ts with REBUILD_SERVE_SITE=false', () => {
  let fixture: Fixture;
  let main: Running | undefined;
  beforeEach(() => {
    fixture = makeFixture();
  });
  afterEach(async () => {
    if (main && main.child.exitCode === null && main.child.signalCode === null) main.child.kill('SIGKILL');
    await main?.finished;
    fixture.cleanup();
  });

  it('opens no site listener but still builds and swaps the live release', async () => {
    const sitePort = await freePort();
    main = run(
      'main.ts',
      [],
      processEnv(fixture, { SITE_PORT: String(sitePort), REBUILD_SERVE_SITE: 'false' }),
    );
    const listening = await main.waitForLog('listening');
    expect(listening.site).toBeNull();
    expect(await accepts(sitePort)).toBe(false);

    const response = await fetch(`${String(listening.api)}/webhook`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(publishEvent()),
    });
    expect(response.status).toBe(202);
    await main.waitForLog('build published');
    await waitFor(() => existsSync(currentLink(fixture.dataDir)), 3000, 'the current symlink');

    main.child.kill('SIGTERM');
    expect((await main.finished).code).toBe(0);
  });
});
