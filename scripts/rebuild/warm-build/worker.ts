/**
 * The warm build worker: one long-lived Node process that loads Astro once and builds the site
 * each time the rebuild service asks (Astro's own `build()` API, the same as `astro build`).
 * Starting Node and loading Astro, Vite and the site's integrations takes about 3 s of every
 * cold `npm run build`; here it is paid once, before the first publish.
 * Started by warm-builder.ts with the site's folder as its argument and the build's environment
 * (CMS_URL, BUILD_API_TOKEN, SITE_URL…); it exits when the service goes away.
 */
import { createRequire, registerHooks } from 'node:module';
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

// Every build imports its own compiled pages (web/.astro/.prerender/…). A chunk whose code did not
// change keeps its file name, and Node would hand back last build's module, with whatever it
// memoised about last build's content. A query per build makes each build's modules its own.
let generation = 0;
const compiledPages = `${pathToFileURL(path.join(webRoot, '.astro')).href}/`;
registerHooks({
  resolve: (specifier, context, nextResolve) => {
    const resolved = nextResolve(specifier, context);
    return resolved.url.startsWith(compiledPages) && !resolved.url.includes('?')
      ? { ...resolved, url: `${resolved.url}?build=${generation}` }
      : resolved;
  },
});

const astroEntry = createRequire(path.join(webRoot, 'package.json')).resolve('astro');
const { build } = (await import(pathToFileURL(astroEntry).href)) as { build: AstroBuild };

type SearchIndexModule = {
  updateSearchIndex: (siteDir: string) => Promise<{ pages: number; files: number; removed: number }>;
};
const searchIndex = (): Promise<SearchIndexModule> =>
  import(
    pathToFileURL(path.join(webRoot, 'src/lib/site/search-index.ts')).href
  ) as Promise<SearchIndexModule>;

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
  generation += 1;
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
