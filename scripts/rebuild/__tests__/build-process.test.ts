/**
 * build-process.ts with real child processes: a timeout stops the whole process group (a
 * grandchild included), the log keeps every line and the tail the last ones, and each way a
 * build ends has its one wording.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  controlBuild,
  describeExit,
  LOG_TAIL_LINES,
  stopProcessGroup,
  type BuildOutcome,
} from '../build-process.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'build-process-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs `script` with sh in its own process group under controlBuild, as run-build.ts does. */
const run = (
  script: string,
  { timeoutMs = 10_000, signal = new AbortController().signal } = {},
): { child: ChildProcess; outcome: Promise<BuildOutcome>; logFile: string } => {
  const logFile = path.join(dir, 'build.log');
  const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const control = controlBuild({
    logFile,
    header: 'test build',
    timeoutMs,
    signal,
    stop: () => void stopProcessGroup(child, 500),
  });
  child.stdout?.on('data', control.output);
  child.stderr?.on('data', control.output);
  const outcome = new Promise<BuildOutcome>((resolve) =>
    child.on('close', (code, sig) =>
      resolve(control.settle(code === 0 && sig === null ? null : describeExit('build command', code, sig))),
    ),
  );
  return { child, outcome, logFile };
};

test('a timeout stops the whole process group, a grandchild that ignores SIGTERM included', async () => {
  const pidFile = path.join(dir, 'grandchild.pid');
  // The grandchild ignores SIGTERM: only the SIGKILL after the grace period stops it.
  const { outcome } = run(
    `sh -c 'trap "" TERM; echo $$ > ${pidFile}; while :; do sleep 0.1; done' & echo started; wait`,
    { timeoutMs: 300 },
  );
  const result = await outcome;
  expect(result).toMatchObject({ ok: false, error: 'build timed out after 300 ms', aborted: false });
  const grandchild = Number(readFileSync(pidFile, 'utf8').trim());
  const deadline = Date.now() + 3000;
  while (isAlive(grandchild) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(isAlive(grandchild)).toBe(false);
});

test('a shutdown stops the build and says so', async () => {
  const controller = new AbortController();
  const { outcome } = run('echo working; sleep 30', { signal: controller.signal });
  setTimeout(() => controller.abort(), 200);
  expect(await outcome).toMatchObject({
    ok: false,
    error: 'build stopped because the service is shutting down',
    aborted: true,
  });
});

test('the log keeps every line, the tail the last ones, and the ending is written last', async () => {
  const { outcome, logFile } = run(`for i in $(seq 1 120); do echo "line $i"; done; printf 'no newline'`);
  const result = await outcome;
  expect(result.ok).toBe(true);
  expect(result.logTail).toHaveLength(LOG_TAIL_LINES);
  expect(result.logTail.at(-2)).toBe('line 120');
  expect(result.logTail.at(-1)).toBe('no newline');
  const log = readFileSync(logFile, 'utf8');
  expect(log.startsWith('$ test build\n')).toBe(true);
  expect(log).toContain('line 1\n');
  expect(log.trimEnd().endsWith('# build succeeded')).toBe(true);
});

test('exit reasons: the code, the signal, and the build’s own reason before them', async () => {
  expect(await run('exit 3').outcome).toMatchObject({ ok: false, error: 'build command exited with code 3' });
  expect(await run('kill -9 $$').outcome).toMatchObject({
    ok: false,
    error: 'build command was killed by SIGKILL',
  });
  const cms = run('echo "[ERROR] Cannot reach the CMS at http://cms.test. Is it running?" >&2; exit 1');
  const result = await cms.outcome;
  expect(result).toMatchObject({
    ok: false,
    error: 'Cannot reach the CMS at http://cms.test. Is it running? (build command exited with code 1)',
  });
  expect(readFileSync(cms.logFile, 'utf8')).toContain('# build failed: Cannot reach the CMS');
});

test('only the first ending counts, and a stopped build fails even if its process says it succeeded', async () => {
  const controller = new AbortController();
  controller.abort();
  const logFile = path.join(dir, 'x.log');
  let stops = 0;
  const control = controlBuild({
    logFile,
    header: 'x',
    timeoutMs: 10_000,
    signal: controller.signal,
    stop: () => (stops += 1),
  });
  const first = await control.settle(null);
  expect(first).toMatchObject({ ok: false, error: 'build stopped because the service is shutting down' });
  expect(await control.settle('build command exited with code 1')).toBe(first);
  expect(stops).toBe(1);
});
