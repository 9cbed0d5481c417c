/**
 * The warm build worker: one long-lived Node process that loads Astro once and builds the site
 * each time the rebuild service asks (Astro's own `build()` API, the same as `astro build`).
 * Starting Node and loading Astro, Vite and the site's integrations takes about 3 s of every
 * cold `npm run build`; here it is paid once, before the first publish.
 * Started by warm-builder.ts with the site's folder as its argument and the build's environment
 * (CMS_URL, BUILD_API_TOKEN, SITE_URL…); it exits when the service goes away.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildRequest, WorkerMessage } from './protocol.ts';

type AstroBuild = (config: { root: string; outDir: string; logLevel: 'info' }) => Promise<void>;

const webRoot = process.argv[2];
if (!webRoot || !process.send) {
  console.error('usage: started by the rebuild service (IPC) with the site folder as its argument');
  process.exit(2);
}
const send = (message: WorkerMessage): void => {
  process.send?.(message);
};
// Without the service there is nobody to build for: never outlive it.
process.on('disconnect', () => process.exit(0));

// A compiled page module whose code did not change is reused by the next build (same file name,
// same module): the site drops what its modules memoise about content when a build starts
// (web/src/lib/site/build-memo.ts), so nothing from the last build's content survives.
const astroEntry = createRequire(path.join(webRoot, 'package.json')).resolve('astro');
const { build } = (await import(pathToFileURL(astroEntry).href)) as { build: AstroBuild };

type SearchIndexModule = {
  updateSearchIndex: (siteDir: string) => Promise<{ pages: number; files: number; removed: number }>;
};
const searchIndex = (): Promise<SearchIndexModule> =>
  import(
    pathToFileURL(path.join(webRoot, 'src/lib/site/search-index.ts')).href
  ) as Promise<SearchIndexModule>;

type IncrementalOutputModule = {
  prepareIncrementalOutput: (cacheDir: string, outDir: string) => Promise<number>;
};
const incrementalOutput = (): Promise<IncrementalOutputModule> =>
  import(
    pathToFileURL(path.join(webRoot, 'src/lib/site/incremental-output.ts')).href
  ) as Promise<IncrementalOutputModule>;
/** Astro's cacheDir (the default; astro.config.mjs does not move it). */
const ASTRO_CACHE_DIR = path.join(webRoot, 'node_modules', '.astro');

let busy = false;
process.on('message', (message: BuildRequest) => {
  if (message?.type === 'search-index') {
    searchIndex()
      .then((module) => module.updateSearchIndex(message.siteDir))
      .then((done) => send({ type: 'search-indexed', id: message.id, ok: true, ...done }))
      .catch((error: unknown) =>
        send({
          type: 'search-indexed',
          id: message.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    return;
  }
  if (message?.type === 'prepare') {
    incrementalOutput()
      .then((module) => module.prepareIncrementalOutput(ASTRO_CACHE_DIR, message.outDir))
      .then((files) => send({ type: 'prepared', id: message.id, ok: true, files }))
      .catch((error: unknown) =>
        send({
          type: 'prepared',
          id: message.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    return;
  }
  if (message?.type !== 'build') return;
  if (busy) {
    send({
      type: 'done',
      id: message.id,
      ok: false,
      error: 'the build worker was already building',
      rssBytes: 0,
    });
    return;
  }
  busy = true;
  Object.assign(process.env, message.env);
  build({ root: webRoot, outDir: message.outDir, logLevel: 'info' })
    .then(() => send({ type: 'done', id: message.id, ok: true, rssBytes: process.memoryUsage().rss }))
    .catch((error: unknown) => {
      // Into the build's log, as `astro build` would print it; the service records the message.
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      const text = error instanceof Error ? error.message : String(error);
      send({ type: 'done', id: message.id, ok: false, error: text, rssBytes: process.memoryUsage().rss });
    })
    .finally(() => {
      busy = false;
    });
});
send({ type: 'ready' });
