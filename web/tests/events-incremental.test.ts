/**
 * Events in incremental builds: the build the day after an event ends (the rebuild service's daily
 * build, with nobody publishing) renders that event's page again as past and moves it to the
 * archive, and copies every other event page; publishing one event renders its page again and
 * copies the others.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { seedDemoContent } from '../../cms/src/seed';
import { startTestCms, TEST_SECRETS, type TestCms } from '../../cms/tests/helpers/strapi';
import { buildSite } from './support/build-site';
import { createIsolatedWebRoot, type WebRoot } from './support/isolated-web-root';

jest.setTimeout(300_000);

// Seeded from 1 June 2030: the webinar is on 10 June, 13:00–14:30 UK time (cms/src/seed/content/events.ts).
const SEED_DAY = new Date('2030-06-01T12:00:00Z');
const WEBINAR = 'events/webinar-the-border-security-bill-and-children/index.html';
const TRAINING = 'events/age-assessments-training-day-for-social-workers/index.html';
const YOUNG_PEOPLE = 'events/know-your-rights-online-session-for-young-people/index.html';
/** The afternoon of the webinar, and ten past midnight UK time (BST) the next day. */
const WEBINAR_DAY = '2030-06-10T15:00:00Z';
const NEXT_DAY = '2030-06-10T23:10:00Z';

let cms: TestCms;
let root: WebRoot;
let cmsUrl: string;
let outDir: string;

const build = async (now: string): Promise<string> => {
  rmSync(outDir, { recursive: true, force: true });
  return buildSite({
    cmsUrl,
    token: TEST_SECRETS.BUILD_API_TOKEN,
    siteUrl: 'https://site.test',
    outDir,
    root,
    env: { SITE_BUILD_NOW: now },
  });
};
const page = (rel: string): string => readFileSync(path.join(outDir, rel), 'utf8');
const copied = (log: string, rel: string): boolean =>
  log.split('\n').some((line) => line.includes(`/${rel}`) && /\((cached|restored)\)/.test(line));
const section = (html: string, which: string): string =>
  new RegExp(`<section[^>]*data-events="${which}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

beforeAll(async () => {
  cms = await startTestCms();
  await seedDemoContent(cms.strapi, { today: SEED_DAY });
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  root = createIsolatedWebRoot();
  outDir = path.join(root.dir, 'out');
  await build(WEBINAR_DAY);
});

afterAll(async () => {
  root?.remove();
  await cms?.stop();
});

test('the build the day after an event renders it again as past, and copies the other events', async () => {
  expect(page(WEBINAR)).not.toContain('This event has ended.');
  expect(section(page('events/index.html'), 'upcoming')).toContain(
    '/events/webinar-the-border-security-bill-and-children/',
  );

  const log = await build(NEXT_DAY);

  expect(copied(log, WEBINAR)).toBe(false);
  expect(page(WEBINAR)).toContain('This event has ended.');
  expect(copied(log, TRAINING)).toBe(true);
  expect(copied(log, YOUNG_PEOPLE)).toBe(true);
  const events = page('events/index.html');
  expect(section(events, 'upcoming')).not.toContain('/events/webinar-the-border-security-bill-and-children/');
  expect(section(events, 'past')).toContain('/events/webinar-the-border-security-bill-and-children/');
  expect(readFileSync(path.join(outDir, 'events/calendar.ics'), 'utf8')).not.toContain(
    'webinar-the-border-security-bill-and-children',
  );
});

test('publishing one event renders its page again and copies the others', async () => {
  const events = cms.strapi.documents('api::event.event');
  const training = await events.findFirst({
    filters: { slug: 'age-assessments-training-day-for-social-workers' },
    locale: 'en',
    status: 'draft',
  });
  if (!training) throw new Error('no training day in the demo content');
  const title = 'Age assessments: a training day for social workers (new date)';
  await events.update({ documentId: training.documentId, locale: 'en', data: { title } } as never);
  await events.publish({ documentId: training.documentId, locale: 'en' });

  const log = await build(NEXT_DAY);

  expect(copied(log, TRAINING)).toBe(false);
  expect(page(TRAINING)).toContain(title);
  expect(copied(log, YOUNG_PEOPLE)).toBe(true);
  expect(copied(log, WEBINAR)).toBe(true);
  expect(page('events/index.html')).toContain(title);
});
