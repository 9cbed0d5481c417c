/**
 * deploy/rebuild/start.sh, the rebuild worker container's command, run for real (with the fake
 * site build): it starts the rebuild service, asks it for a build once it answers (the CMS does
 * not retry webhooks, so this is how a first start, or anything published while the worker was
 * down, reaches the site), and hands SIGTERM to the service, exiting with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../..');
const START = path.join(REPO_ROOT, 'deploy/rebuild/start.sh');
const FAKE_BUILD = path.join(REPO_ROOT, 'scripts/rebuild/testing/fake-build.ts');

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const eventually = async (check: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const answers = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

let dir: string;
let port: number;
let worker: ChildProcess | undefined;
let output: string[];

const start = (): ChildProcess => {
  const child = spawn('sh', [START], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      REBUILD_HOST: '127.0.0.1',
      REBUILD_PORT: String(port),
      REBUILD_SERVE_SITE: 'false',
      REBUILD_DATA_DIR: path.join(dir, 'site'),
      REBUILD_COMMAND: `node ${FAKE_BUILD} ${path.join(dir, 'control.json')}`,
      REBUILD_QUIET_MS: '50',
      REBUILD_MAX_WAIT_MS: '200',
      WEBHOOK_SECRET: randomBytes(24).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return child;
};

/** Finished builds (the fake build logs a `done` line per run beside its control file). */
const builds = (): number => {
  const runs = path.join(dir, 'runs.log');
  return existsSync(runs)
    ? readFileSync(runs, 'utf8')
        .split('\n')
        .filter((l) => / done /.test(l)).length
    : 0;
};

/** SIGTERM to the script, as `docker stop` does; resolves with its exit code. */
const stop = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rebuild-worker-start-'));
  writeFileSync(path.join(dir, 'control.json'), JSON.stringify({ pages: 3 }));
  port = await freePort();
  output = [];
});

/** The rebuild service this test started, by the pid in its data dir's lock (if still running). */
const killLeftoverService = (): void => {
  const lock = path.join(dir, 'site', 'rebuild.lock');
  const pid = existsSync(lock) ? Number(readFileSync(lock, 'utf8').trim()) : NaN;
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    // Only if that pid is still our service (a pid can be reused once its process is gone).
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    if (environ.includes(`REBUILD_DATA_DIR=${path.join(dir, 'site')}`)) process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
};

afterEach(async () => {
  if (worker && worker.exitCode === null && worker.signalCode === null) await stop(worker);
  worker = undefined;
  // If the script ever failed to hand SIGTERM on, its service would outlive it and hold the port.
  killLeftoverService();
  rmSync(dir, { recursive: true, force: true });
});

test('builds the site once the service answers, with nothing published', async () => {
  worker = start();
  const current = path.join(dir, 'site', 'current', 'index.html');
  await eventually(() => existsSync(current), 30_000, `a live release (output: ${output.join('')})`);
  expect(builds()).toBe(1);
  expect(output.join('')).toContain('worker start');
});

test('stops the service on SIGTERM and exits with it; builds again at the next start', async () => {
  worker = start();
  const health = `http://127.0.0.1:${port}/health`;
  await eventually(
    () => builds() === 1 && existsSync(path.join(dir, 'site', 'current')),
    30_000,
    'the first build',
  );

  expect(await stop(worker)).toBe(0);
  // Nothing left behind: the service itself stopped, not only the script.
  expect(await answers(health)).toBe(false);

  worker = start();
  await eventually(() => builds() === 2, 30_000, `a build at the second start (output: ${output.join('')})`);
  expect(await answers(health)).toBe(true);
});
