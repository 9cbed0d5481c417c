/** Running main.ts and cli.ts as real Node processes, the way operators run them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { type Fixture, SECRET } from './helpers.ts';

export const REBUILD_DIR = path.join(__dirname, '..');

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export const processEnv = (fixture: Fixture, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  WEBHOOK_SECRET: SECRET,
  REBUILD_DATA_DIR: fixture.dataDir,
  REBUILD_COMMAND: fixture.config.buildCommand ?? '',
  REBUILD_QUIET_MS: '50',
  REBUILD_MAX_WAIT_MS: '300',
  REBUILD_PORT: '0',
  SITE_PORT: '0',
  ...extra,
});

export type Finished = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export type Running = {
  child: ChildProcess;
  stdout: () => string;
  /** Resolves with the first stdout JSON log line whose msg matches. */
  waitForLog: (msg: string, timeoutMs?: number) => Promise<Record<string, unknown>>;
  finished: Promise<Finished>;
};

export const run = (script: string, args: string[], env: NodeJS.ProcessEnv): Running => {
  const child = spawn(process.execPath, [path.join(REBUILD_DIR, script), ...args], { env });
  let stdout = '';
  let stderr = '';
  const listeners: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const l of listeners) l();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const finished = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const findLog = (msg: string) =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.msg === msg);
  const waitForLog = (msg: string, timeoutMs = 5000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = findLog(msg);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(
        () => reject(new Error(`no "${msg}" log line; stdout:\n${stdout}\nstderr:\n${stderr}`)),
        timeoutMs,
      );
      listeners.push(check);
      check();
    });
  return { child, stdout: () => stdout, waitForLog, finished };
};
