/**
 * A stand-in for the warm build worker (warm-build/worker.ts), for tests: the same messages,
 * no Astro. Control file: $FAKE_WORKER_CONTROL (JSON, read at each request):
 *   { "fail"?: bool, "crash"?: bool, "hangMs"?: number, "searchFail"?: bool }
 * A build writes index.html and 404.html carrying the release id and this process's pid, and
 * the search index (pagefind/pagefind-entry.json) unless SITE_SEARCH_INDEX=after-swap. A search
 * index update writes a new entry file beside the old one and renames it into place, as
 * web/src/lib/site/search-index.ts does. Preparing the next build's folder writes prepared.txt.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildRequest, WorkerMessage } from '../warm-build/protocol.ts';

type Control = { fail?: boolean; crash?: boolean; hangMs?: number; searchFail?: boolean };
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

process.on('disconnect', () => process.exit(0));
process.on('message', (message: BuildRequest) => {
  const c = control();
  if (message.type === 'search-index') {
    if (c.searchFail) {
      send({ type: 'search-indexed', id: message.id, ok: false, error: 'Pagefind could not start: fake' });
      return;
    }
    const live = path.join(message.siteDir, 'pagefind', 'pagefind-entry.json');
    write(`${live}.next`, entry(`updated in ${path.basename(message.siteDir)}`));
    renameSync(`${live}.next`, live);
    send({ type: 'search-indexed', id: message.id, ok: true, pages: 2, files: 1, removed: 0 });
    return;
  }
  if (message.type === 'prepare') {
    write(path.join(message.outDir, 'prepared.txt'), `prepared by ${process.pid}\n`);
    send({ type: 'prepared', id: message.id, ok: true, files: 1 });
    return;
  }
  Object.assign(process.env, message.env);
  const release = process.env.REBUILD_RELEASE_ID ?? 'unknown';
  console.log(`fake warm build of ${release} in pid ${process.pid}`);
  const finish = (): void => {
    if (c.crash) process.exit(3);
    if (c.fail) {
      console.error('[ERROR] Cannot reach the CMS at http://127.0.0.1:1. Is it running?');
      send({ type: 'done', id: message.id, ok: false, error: 'fetch failed', rssBytes: 1 });
      return;
    }
    const page = `<!doctype html><title>fake</title><p>release:${release} pid:${process.pid}</p>\n`;
    write(path.join(message.outDir, 'index.html'), page);
    write(path.join(message.outDir, '404.html'), page);
    if (process.env.SITE_SEARCH_INDEX !== 'after-swap') {
      write(path.join(message.outDir, 'pagefind', 'pagefind-entry.json'), entry(`built with ${release}`));
    }
    send({ type: 'done', id: message.id, ok: true, rssBytes: 1 });
  };
  setTimeout(finish, c.hangMs ?? 0);
});
send({ type: 'ready' });
