/**
 * Events and the newsletter sign-up in a real site build from a real CMS (the demo content plus
 * the events below), with the build's "now" set: the upcoming/past split at the UK day boundary
 * (in summer time, where a UTC day would be wrong), the .ics files with hostile editor text, the
 * home page and RSS, and a newsletter block that makes no request to the provider.
 */
import type { Core } from '@strapi/strapi';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlReferences, htmlTags } from './support/html-references';
import { buildSeededSite, type SeededSite } from './support/seeded-site';
import { readSiteOutput, type SiteOutput } from './support/site-output';

jest.setTimeout(300_000);

const SITE_URL = 'https://charity-site.test';
/** 00:30 on 11 June 2030 in London (BST), still 10 June in UTC. */
const NOW = '2030-06-10T23:30:00Z';
const NEWSLETTER = 'https://newsletter-provider.test/signup?list=children&lang=en';
const EVENT = 'api::event.event';

const HOSTILE_TITLE = 'Rights, risks; and "remedies" \\ <script>alert(1)</script>';
const HOSTILE_SUMMARY = 'Line one\nBEGIN:VEVENT\r\nEND:VCALENDAR\rX-INJECTED:yes; with, punctuation';
const HOSTILE_ADDRESS = 'Room 1; Floor 2, 10 Example Street\nLondon';

type Documents = {
  create: (params: Record<string, unknown>) => Promise<{ documentId: string }>;
};
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const event = (slug: string, startsAt: string, endsAt: string, fields: Record<string, unknown> = {}) => ({
  title: `Event ${slug}`,
  slug,
  summary: `Summary of ${slug}`,
  body: paragraph(`About ${slug}`),
  startsAt,
  endsAt,
  attendance: 'online',
  bookingUrl: `https://booking.example/${slug}`,
  ...fields,
});

const addEvents = async (strapi: Core.Strapi): Promise<void> => {
  const documents = strapi.documents(EVENT as never) as unknown as Documents;
  const publish = (data: Record<string, unknown>) =>
    documents.create({ locale: 'en', data, status: 'published' });
  // Ended at 23:45 London time on 10 June: archived on 11 June, although it is still 10 June in UTC.
  await publish(event('ended-yesterday', '2030-06-10T17:00:00Z', '2030-06-10T22:45:00Z'));
  // Ends at 00:15 on 11 June, London time: upcoming all of 11 June.
  await publish(event('ends-today', '2030-06-10T22:00:00Z', '2030-06-10T23:15:00Z'));
  await publish(
    event('hostile-event', '2030-07-01T08:30:00Z', '2030-07-01T15:30:00Z', {
      title: HOSTILE_TITLE,
      summary: HOSTILE_SUMMARY,
      attendance: 'in_person',
      venueName: 'Hall, "A"; <b>bold</b>',
      venueAddress: HOSTILE_ADDRESS,
      price: '£10; £5, concessions',
      cpd: true,
    }),
  );
  await publish(
    event('fully-booked-event', '2030-08-01T09:00:00Z', '2030-08-01T12:00:00Z', { fullyBooked: true }),
  );
  // Written past the CMS's checks (a restore, the database): the site leaves them out.
  const scriptLink = await publish(
    event('script-booking-link', '2030-07-02T09:00:00Z', '2030-07-02T10:00:00Z'),
  );
  await strapi.db.query(EVENT).updateMany({
    where: { documentId: scriptLink.documentId },
    data: { bookingUrl: 'javascript:alert(1)' },
  });
  const httpLink = await publish(event('http-booking-link', '2030-07-03T09:00:00Z', '2030-07-03T10:00:00Z'));
  await strapi.db.query(EVENT).updateMany({
    where: { documentId: httpLink.documentId },
    data: { bookingUrl: 'http://booking.example/x' },
  });
  const backwards = await publish(event('ends-before-start', '2030-07-04T09:00:00Z', '2030-07-04T10:00:00Z'));
  await strapi.db.query(EVENT).updateMany({
    where: { documentId: backwards.documentId },
    data: { endsAt: '2030-07-04T08:00:00.000Z' },
  });

  const settings = strapi.db.query('api::site-setting.site-setting');
  await settings.updateMany({ where: { locale: { $ne: 'ar' } }, data: { newsletterUrl: NEWSLETTER } });
  // Arabic settings without an address: no sign-up block there.
  await settings.updateMany({ where: { locale: 'ar' }, data: { newsletterUrl: null } });
};

let built: SeededSite;
let site: SiteOutput;

beforeAll(async () => {
  built = await buildSeededSite({
    siteUrl: SITE_URL,
    addContent: addEvents,
    buildEnv: { SITE_BUILD_NOW: NOW },
  });
  site = readSiteOutput(built.dir);
});
afterAll(() => built?.remove());

const file = (rel: string): string => readFileSync(path.join(built.dir, rel), 'utf8');
/** The event page links inside a `data-events` section of the events page, in order. */
const eventLinks = (html: string, which: 'upcoming' | 'past'): string[] => {
  const section = new RegExp(`<section[^>]*data-events="${which}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  return htmlTags(section)
    .filter((tag) => tag.name === 'a')
    .map((tag) => tag.attrs.get('href') ?? '')
    .filter((href) => /^\/events\/[^/]+\/$/.test(href));
};
/** An iCalendar file's logical lines (folded lines joined), after checking every line ends in CRLF. */
const icsLines = (text: string): string[] => {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
};
const property = (lines: string[], name: string): string[] =>
  lines
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':') + 1));

describe('upcoming and past events, at the build’s now', () => {
  it('lists upcoming events soonest first, then archives past ones, split at the UK day', () => {
    const page = site.html('/events/');
    expect(eventLinks(page, 'upcoming')).toEqual([
      '/events/ends-today/',
      '/events/hostile-event/',
      '/events/fully-booked-event/',
    ]);
    const past = eventLinks(page, 'past');
    expect(past[0]).toBe('/events/ended-yesterday/');
    // The demo events are dated around the real day the CMS was seeded: long past in 2030.
    expect(past).toContain('/events/age-assessments-training-day-for-social-workers/');
  });

  it('says a past event has ended and offers no booking; an upcoming one offers booking and a calendar file', () => {
    const ended = site.main('/events/ended-yesterday/');
    expect(ended).toContain('This event has ended.');
    expect(ended).not.toContain('booking.example');
    const today = site.main('/events/ends-today/');
    expect(today).not.toContain('This event has ended.');
    const links = htmlTags(today).filter((tag) => tag.name === 'a');
    expect(links.map((tag) => tag.attrs.get('href'))).toEqual(
      expect.arrayContaining(['https://booking.example/ends-today', '/events/ends-today/event.ics']),
    );
    const full = site.main('/events/fully-booked-event/');
    expect(full).toContain('Fully booked');
    expect(full).not.toContain('booking.example');
  });

  it('shows times in UK time with the zone named, in each language', () => {
    // 08:30 UTC on 1 July is 09:30 British Summer Time.
    expect(site.mainText('/events/hostile-event/')).toContain('Monday, 1 July 2030, 09:30–16:30 BST');
    const arabic = site.html('/ar/events/know-your-rights-online-session-for-young-people/');
    expect(arabic).toMatch(/<html[^>]*dir="rtl"/);
    expect(arabic).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z">[^<]*غرينتش/);
  });

  it('leaves out events with a script or http booking link, or that end before they start', () => {
    for (const slug of ['script-booking-link', 'http-booking-link', 'ends-before-start']) {
      expect([slug, site.has(`/events/${slug}/`)]).toEqual([slug, false]);
    }
    expect(site.files.some((f) => f.rel.endsWith('.html') && file(f.rel).includes('javascript:alert'))).toBe(
      false,
    );
  });

  it('puts the next upcoming events on the home page and in RSS', () => {
    const home = site.html('/');
    const section = /<section[^>]*aria-labelledby="home-events"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
    expect(
      htmlTags(section)
        .filter((tag) => tag.name === 'a')
        .map((tag) => tag.attrs.get('href')),
    ).toEqual(['/events/', '/events/ends-today/', '/events/hostile-event/', '/events/fully-booked-event/']);
    const rss = file('rss.xml');
    expect(rss).toContain(`<link>${SITE_URL}/events/hostile-event/</link>`);
    expect(rss).toContain(
      '<title>Rights, risks; and &quot;remedies&quot; \\ &lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
    expect(rss).not.toContain('/events/ended-yesterday/');
  });

  it('escapes editors’ text in the page', () => {
    const page = site.html('/events/hostile-event/');
    // Outside quoted attribute values (where < is only a character): no markup from the entry.
    const markup = page.replace(/"[^"]*"/g, '""');
    expect(markup).not.toContain('<script>alert(1)');
    expect(markup).not.toContain('<b>bold</b>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('.ics files', () => {
  it('one event: escaped text, UTC times, no injected line', () => {
    const lines = icsLines(file('events/hostile-event/event.ics'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line === 'END:VCALENDAR')).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('X-INJECTED'))).toBe(false);
    expect(property(lines, 'DTSTART')).toEqual(['20300701T083000Z']);
    expect(property(lines, 'DTEND')).toEqual(['20300701T153000Z']);
    expect(property(lines, 'SUMMARY')).toEqual([
      'Rights\\, risks\\; and "remedies" \\\\ <script>alert(1)</script>',
    ]);
    expect(property(lines, 'LOCATION')).toEqual([
      'Hall\\, "A"\\; <b>bold</b>\\, Room 1\\; Floor 2\\, 10 Example Street\\nLondon',
    ]);
    const [description] = property(lines, 'DESCRIPTION');
    expect(description).toContain(
      'Line one\\nBEGIN:VEVENT\\nEND:VCALENDAR\\nX-INJECTED:yes\\; with\\, punctuation',
    );
    expect(description).toContain(`${SITE_URL}/events/hostile-event/`);
    expect(property(lines, 'URL')).toEqual([`${SITE_URL}/events/hostile-event/`]);
    expect(property(lines, 'UID')[0]).toMatch(/^[a-z0-9]+-en@charity-site\.test$/);
  });

  it('the feed holds every upcoming event and no past one', () => {
    const lines = icsLines(file('events/calendar.ics'));
    expect(property(lines, 'URL').sort()).toEqual(
      ['ends-today', 'fully-booked-event', 'hostile-event'].map((slug) => `${SITE_URL}/events/${slug}/`),
    );
    expect(site.html('/events/')).toContain('href="/events/calendar.ics"');
  });
});

describe('newsletter sign-up', () => {
  const NEWSLETTER_HOST = new URL(NEWSLETTER).host;

  it('is a plain link on the home page and in every footer', () => {
    const home = site.html('/');
    const blocks = home.match(/<section[^>]*data-newsletter[\s\S]*?<\/section>/g) ?? [];
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const links = htmlReferences(block).filter((ref) => ref.url.includes(NEWSLETTER_HOST));
      expect(links).toEqual([{ tag: 'a', attr: 'href', url: NEWSLETTER }]);
    }
    expect(site.html('/events/').match(/data-newsletter/g)).toHaveLength(1);
  });

  it('makes no request to the provider: its host appears only in link addresses', () => {
    const pages = site.files.filter((f) => f.rel.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = file(page.rel);
      const toProvider = htmlReferences(html).filter((ref) => ref.url.includes(NEWSLETTER_HOST));
      for (const ref of toProvider) expect([page.rel, ref.tag, ref.attr]).toEqual([page.rel, 'a', 'href']);
      const framesOrForms = htmlTags(html).filter(
        (tag) =>
          tag.name === 'iframe' ||
          (tag.name === 'form' && (tag.attrs.get('action') ?? '').includes(NEWSLETTER_HOST)),
      );
      expect([page.rel, framesOrForms]).toEqual([page.rel, []]);
      // Nothing else mentions the host either (no preconnect, CSP or inline script naming it).
      const mentions = html.split(NEWSLETTER_HOST).length - 1;
      expect([page.rel, mentions]).toEqual([page.rel, toProvider.length]);
    }
  });

  it('is hidden where the settings have no address', () => {
    expect(site.html('/ar/')).not.toContain('data-newsletter');
    expect(site.html('/ar/')).not.toContain(NEWSLETTER_HOST);
  });
});
