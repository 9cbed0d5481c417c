/**
 * The warm build worker: one long-lived Node process that loads Astro once and builds the site
 * each time the rebuild service asks (Astro's own `build()` API, the same as `astro build`).
 * Starting Node and loading Astro, Vite and the site's integrations takes about 3 s of every
 * cold `npm run build`; here it is paid once, before the first publish.
 * Started by warm-builder.ts with the site's folder as its argument and the build's environment
 * (CMS_URL, BUILD_API_TOKEN, SITE_URL…); it exits when the service goes away. One request per
 * publish (`build`, @platform/web/build's protocol): it builds, answers, then fills the next
 * build's folder on its own.
 */
import {
  loadSiteBuilder,
  mayReuseModules,
  prepareNextBuild,
  type WorkerMessage,
  type WorkerRequest,
} from '@platform/web/build';

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
// (web/src/lib/site/build-memo.ts). Only where astro-internals.ts knows the installed Astro.
const buildSite = await loadSiteBuilder(webRoot);

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The next build's folder being filled, if it is: a build or a cancel stops it first. */
let preparing: { id: number; controller: AbortController; done: Promise<void> } | null = null;
const prepare = (id: number, outDir: string): void => {
  const controller = new AbortController();
  const done = prepareNextBuild(webRoot, outDir, controller.signal)
    .then((files) => send({ type: 'prepared', id, ok: true, files }))
    .catch((error: unknown) =>
      send({
        type: 'prepared',
        id,
        ok: false,
        error: controller.signal.aborted ? 'stopped: a build started' : errorText(error),
      }),
    )
    .finally(() => {
      if (preparing?.id === id) preparing = null;
    });
  preparing = { id, controller, done };
};
const stopPreparing = async (): Promise<void> => {
  const current = preparing;
  if (!current) return;
  current.controller.abort();
  await current.done;
};

let busy = false;
process.on('message', (message: WorkerRequest) => {
  if (message?.type === 'prepare') {
    prepare(message.id, message.outDir);
    return;
  }
  if (message?.type === 'cancel-prepare') {
    if (preparing?.id === message.id) preparing.controller.abort();
    return;
  }
  if (message?.type !== 'build') return;
  const { id, build, prepareNextIn } = message;
  if (busy) {
    send({
      type: 'done',
      id,
      ok: false,
      error: 'the build worker was already building',
      rssBytes: 0,
      reuse: true,
    });
    return;
  }
  busy = true;
  // The service stops a preparation before it asks for a build; this is the worker's own guard.
  stopPreparing()
    .then(() => buildSite(build))
    .then(() => {
      const reuse = mayReuseModules(webRoot);
      send({ type: 'done', id, ok: true, rssBytes: process.memoryUsage().rss, reuse });
      // Off the publish's path: the service is swapping the release in meanwhile.
      if (prepareNextIn === undefined) return;
      if (reuse) prepare(id, prepareNextIn);
      else send({ type: 'prepared', id, ok: true, files: 0 }); // a plain full build copies nothing
    })
    .catch((error: unknown) => {
      // Into the build's log, as `astro build` would print it; the service records the message.
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      send({
        type: 'done',
        id,
        ok: false,
        error: errorText(error),
        rssBytes: process.memoryUsage().rss,
        reuse: false,
      });
      if (prepareNextIn !== undefined) send({ type: 'prepared', id, ok: false, error: 'the build failed' });
    })
    .finally(() => {
      busy = false;
    });
});
send({ type: 'ready' });
