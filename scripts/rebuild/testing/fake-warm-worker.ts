/**
 * A stand-in for the warm build worker (warm-build/worker.ts), for tests: the same messages,
 * no Astro. Control file: $FAKE_WORKER_CONTROL (JSON, read at each request):
 *   { "fail"?: bool, "crash"?: bool, "hangMs"?: number, "prepareMs"?: number, "leftOut"?: unknown }
 * A build writes index.html and 404.html carrying the release id (the output folder's name is
 * the same every build: the release id is the log file's name) and this process's pid, and the
 * search index (pagefind/shards.json) unless asked to leave it for after the swap.
 * Preparing the next build's folder (asked, or after a build that names one) writes partial.txt
 * at once and prepared.txt after `prepareMs` (0); a cancel stops it before that and answers at once.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkerMessage, WorkerRequest } from '@platform/web/build';

type Control = {
  fail?: boolean;
  crash?: boolean;
  hangMs?: number;
  prepareMs?: number;
  leftOut?: unknown;
};
const control = (): Control => {
  const file = process.env.FAKE_WORKER_CONTROL;
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Control) : {};
};
const send = (message: WorkerMessage): void => {
  process.send?.(message);
};
const write = (file: string, content: string): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const entry = (label: string): string => JSON.stringify({ version: 'fake', label, pid: process.pid });

let preparing: { id: number; timer: NodeJS.Timeout } | null = null;

const prepare = (id: number, outDir: string, prepareMs: number): void => {
  write(path.join(outDir, 'partial.txt'), `being prepared by ${process.pid}\n`);
  const timer = setTimeout(() => {
    preparing = null;
    write(path.join(outDir, 'prepared.txt'), `prepared by ${process.pid}\n`);
    send({ type: 'prepared', id, ok: true, files: 2 });
  }, prepareMs);
  preparing = { id, timer };
};

process.on('disconnect', () => process.exit(0));
process.on('message', (message: WorkerRequest) => {
  const c = control();
  if (message.type === 'prepare') {
    prepare(message.id, message.outDir, c.prepareMs ?? 0);
    return;
  }
  if (message.type === 'cancel-prepare') {
    if (preparing?.id !== message.id) return;
    clearTimeout(preparing.timer);
    preparing = null;
    send({ type: 'prepared', id: message.id, ok: false, error: 'stopped: a build started' });
    return;
  }
  const { id, build, prepareNextIn } = message;
  const release = path.basename(build.leftOutFile ?? 'unknown').replace(/\.left-out\.json$/, '');
  console.log(`fake warm build of ${release} in pid ${process.pid}`);
  const finish = (): void => {
    if (c.crash) process.exit(3);
    if (c.leftOut !== undefined && build.leftOutFile) {
      writeFileSync(build.leftOutFile, JSON.stringify(c.leftOut));
    }
    if (c.fail) {
      console.error('[ERROR] Cannot reach the CMS at http://127.0.0.1:1. Is it running?');
      send({ type: 'done', id, ok: false, error: 'fetch failed', rssBytes: 1, reuse: false });
      return;
    }
    const page = `<!doctype html><title>fake</title><p>release:${release} pid:${process.pid}</p>\n`;
    write(path.join(build.outDir, 'index.html'), page);
    write(path.join(build.outDir, '404.html'), page);
    if (build.searchIndex === 'in-build') {
      write(path.join(build.outDir, 'pagefind', 'shards.json'), entry(`built with ${release}`));
    }
    send({ type: 'done', id, ok: true, rssBytes: 1, reuse: true });
    if (prepareNextIn !== undefined) prepare(id, prepareNextIn, c.prepareMs ?? 0);
  };
  setTimeout(finish, c.hangMs ?? 0);
});
send({ type: 'ready' });
