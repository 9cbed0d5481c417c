/**
 * Publish → live on the system `npm start` runs (issue 15: a benchmark run in the same checkout
 * must leave it as fast as before). Signs in to the CMS admin with ADMIN_EMAIL and ADMIN_PASSWORD
 * (the root .env), then publishes K new articles (or directory services, or events: --type) one at
 * a time, each once the rebuild service is idle, and times each from the publish call's return
 * until its page (/news/<slug>/, /directory/<slug>/, /events/<slug>/) answers 200 on the site.
 * Prints every time and the median; then deletes them again (one more build), so the site's
 * content is as it was.
 *
 * Run, with `npm start` running:
 *   bash scripts/with-node.sh node --env-file=.env scripts/bench/publish-on-running-site.ts [--publishes 3] [--type article|service|event]
 * Addresses (defaults as `npm start`): --cms http://127.0.0.1:1337 --site http://127.0.0.1:4321
 * --status http://127.0.0.1:4322/status
 */
import {
  publishArticle,
  publishEvent,
  publishService,
  signIn,
} from '../../e2e/production/support/cms-admin.ts';
import { numberFlag, textFlag } from './lib/args.ts';
import { machineLine } from './lib/machine.ts';
import { percentile, seconds } from './lib/stats.ts';

const PUBLISHES = Math.max(1, numberFlag('publishes', 3));
const CMS = textFlag('cms', 'http://127.0.0.1:1337');
const SITE = textFlag('site', 'http://127.0.0.1:4321');
const STATUS = textFlag('status', 'http://127.0.0.1:4322/status');
/** What a publish creates: its content type, how it is published, and where its page is. */
const TYPES = {
  article: { uid: 'api::article.article', publish: publishArticle, section: 'news' },
  service: { uid: 'api::service.service', publish: publishService, section: 'directory' },
  event: { uid: 'api::event.event', publish: publishEvent, section: 'events' },
} as const;
const TYPE_NAME = textFlag('type', 'article');
if (!(TYPE_NAME in TYPES)) throw new Error(`--type must be one of ${Object.keys(TYPES).join(', ')}`);
const TYPE = TYPES[TYPE_NAME as keyof typeof TYPES];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const waitIdle = async (timeoutMs = 300_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const status = (await (await fetch(STATUS)).json()) as { state?: string };
    if (status.state === 'idle') return;
    await sleep(200);
  }
  throw new Error(`the rebuild service (${STATUS}) was still busy after ${timeoutMs / 1000} s`);
};

const waitForPage = async (url: string, timeoutMs = 180_000): Promise<number> => {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const res = await fetch(url).catch(() => null);
    await res?.arrayBuffer();
    if (res?.status === 200) return performance.now();
    await sleep(50);
  }
  throw new Error(`${url} was not live within ${timeoutMs / 1000} s`);
};

const main = async (): Promise<void> => {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password)
    throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD must be set (node --env-file=.env …)');
  console.log(
    `publish -> live on the running site ${SITE} (CMS ${CMS}), ${PUBLISHES} ${TYPE_NAME} publishes`,
  );
  console.log(machineLine());
  const api = await signIn(CMS, email, password);
  const run = Date.now().toString(36);
  const published: string[] = [];
  const times: number[] = [];
  try {
    for (let i = 1; i <= PUBLISHES; i++) {
      await waitIdle();
      const slug = `publish-timing-${run}-${i}`;
      published.push(
        await TYPE.publish(api, {
          slug,
          title: `Publish timing ${i}`,
          text: 'A timing article, deleted again.',
        }),
      );
      const publishedAt = performance.now();
      const liveAt = await waitForPage(`${SITE}/${TYPE.section}/${slug}/`);
      times.push(liveAt - publishedAt);
      console.log(`  ${i}. /${TYPE.section}/${slug}/ live in ${seconds(liveAt - publishedAt)}`);
    }
    console.log(
      `publish -> live: median ${seconds(percentile(times, 0.5))}, min ${seconds(Math.min(...times))}, ` +
        `max ${seconds(Math.max(...times))} (n=${times.length})`,
    );
    console.log(machineLine());
  } finally {
    for (const documentId of published) {
      await api.call('DELETE', `/content-manager/collection-types/${TYPE.uid}/${documentId}?locale=en`);
    }
    if (published.length > 0) await waitIdle();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `publish on the running site failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
