/** main.ts as a real process: listeners, structured logs, graceful and ungraceful stops. */
import { readFileSync } from 'node:fs';
import { processRunning } from '../orphan-build.ts';
import { liveRelease } from '../releases.ts';
import { statePath } from '../state.ts';
import { auth, makeFixture, publishEvent, waitFor, type Fixture } from './helpers.ts';
import { processEnv, run, type Running } from './processes.ts';

// Each case starts real Node processes.
jest.setTimeout(10_000);

let fixture: Fixture;
const children: Running[] = [];
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    await c.finished;
  }
  fixture.cleanup();
});

const startMain = async (extra: Record<string, string> = {}) => {
  const main = run('main.ts', [], processEnv(fixture, extra));
  children.push(main);
  const listening = await main.waitForLog('listening');
  return { main, api: listening.api as string, site: listening.site as string };
};

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const state = () => JSON.parse(readFileSync(statePath(fixture.dataDir), 'utf8'));

it('publishes on a webhook, serves the site, logs JSON lines, and on SIGTERM lets the build finish and exits 0', async () => {
  fixture.control({ delayMs: 400 });
  const { main, api, site } = await startMain({ REBUILD_STOP_GRACE_MS: '5000' });
  expect((await post(`${api}/webhook`, publishEvent())).status).toBe(202);
  await main.waitForLog('build started');
  main.child.kill('SIGTERM');
  const { code, stdout } = await main.finished;
  expect(code).toBe(0);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  for (const line of lines) {
    expect(line).toEqual(
      expect.objectContaining({
        time: expect.any(String),
        level: expect.any(String),
        msg: expect.any(String),
      }),
    );
  }
  expect(lines.map((l) => l.msg)).toEqual(
    expect.arrayContaining([
      'event accepted',
      'build started',
      'shutting down',
      'build published',
      'rebuild service stopped',
    ]),
  );
  expect(state().history[0]).toMatchObject({ result: 'success', live: true });
  expect(liveRelease(fixture.dataDir)).toBe(state().history[0].release);
  await expect(fetch(site)).rejects.toThrow();
});

it('after being killed mid-build, a restart records the build as interrupted and builds again', async () => {
  fixture.control({ delayMs: 10_000 });
  const first = await startMain();
  const accepted = (await (await post(`${first.api}/webhook`, publishEvent('doc-k'))).json()) as {
    eventId: number;
  };
  await first.main.waitForLog('build started');
  await waitFor(() => fixture.runs() === 1, 3000, 'the build process');
  first.main.child.kill('SIGKILL');
  await first.main.finished;
  const orphan = state().running;
  expect(orphan).toMatchObject({
    pid: expect.any(Number),
    events: [expect.objectContaining({ id: accepted.eventId })],
  });
  expect(processRunning(orphan.pid)).toBe(true); // the build outlived the service

  fixture.control({});
  const second = await startMain();
  await second.main.waitForLog('stopped a build left running by the previous process');
  expect(processRunning(orphan.pid)).toBe(false);
  await second.main.waitForLog('build published');
  const history = state().history;
  expect(history[0]).toMatchObject({
    result: 'success',
    events: [expect.objectContaining({ id: accepted.eventId })],
  });
  expect(history[1]).toMatchObject({ result: 'interrupted' });
  const page = await fetch(`${second.site}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(`release:${history[0].release}`);
});

it('refuses to start without WEBHOOK_SECRET and says so by name', async () => {
  const env = processEnv(fixture);
  delete env.WEBHOOK_SECRET;
  const main = run('main.ts', [], env);
  children.push(main);
  const { code, stdout } = await main.finished;
  expect(code).toBe(1);
  expect(stdout).toContain('WEBHOOK_SECRET');
});
