/** One page of each type the site builds, in English and in the right-to-left languages. */
import { EVENTS } from '../../cms/src/seed/content/events';
import { ARTICLES, PARTNER_PROJECTS, RESOURCES, TRIBUTES } from '../../web/tests/support/demo-content';

const first = <T>(items: readonly T[], what: string): T => {
  const item = items[0];
  if (item === undefined) throw new Error(`The demo content has no ${what}`);
  return item;
};

const article = first(
  ARTICLES.filter((a) => !a.draft && a.text.ar),
  'published article in Arabic',
);
const resource = first(
  RESOURCES.filter((r) => r.files.length > 1 && r.text.fa),
  'resource in several languages and Farsi',
);

// The demo's events are dated from the day the site is seeded: this one is upcoming, in Arabic too.
const event = first(
  EVENTS.filter((e) => e.day > 0 && e.text.ar),
  'upcoming event in Arabic',
);

export type PageType = { name: string; path: string };

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/news/' },
  { name: 'news list, page 2', path: '/news/page/2/' },
  { name: 'news category', path: `/news/category/${article.category}/` },
  { name: 'news topic', path: `/news/topic/${first(article.topics, 'article topic')}/` },
  { name: 'article', path: `/news/${article.slug}/` },
  { name: 'resource library', path: '/resources/' },
  { name: 'resource library, page 2', path: '/resources/page/2/' },
  { name: 'resource library, one filter', path: '/resources/audience/lawyers/' },
  { name: 'resource library, filters combined', path: '/resources/?topic=asylum&type=report' },
  { name: 'resource', path: `/resources/${resource.slug}/` },
  { name: 'events', path: '/events/' },
  { name: 'event', path: `/events/${event.slug}/` },
  { name: 'projects', path: '/projects/' },
  { name: 'project', path: `/projects/${first(PARTNER_PROJECTS, 'project').slug}/` },
  { name: 'tributes', path: '/tributes/' },
  { name: 'tribute', path: `/tributes/${first(TRIBUTES, 'tribute').slug}/` },
  { name: 'about', path: '/about/' },
  { name: 'get help', path: '/get-help/' },
  { name: 'glossary', path: '/glossary/' },
  { name: 'search', path: '/search/' },
  { name: 'standalone page', path: '/cover-your-tracks/' },
  { name: 'not found', path: '/no-such-page/' },
  { name: 'home (Arabic)', path: '/ar/' },
  { name: 'article (Arabic)', path: `/ar/news/${article.slug}/` },
  { name: 'events (Arabic)', path: '/ar/events/' },
  { name: 'event (Farsi)', path: `/fa/events/${event.slug}/` },
  { name: 'resource library (Farsi)', path: '/fa/resources/' },
  { name: 'resource library, one filter (Arabic)', path: '/ar/resources/language/ar/' },
  { name: 'resource (Farsi)', path: `/fa/resources/${resource.slug}/` },
  { name: 'directory of services', path: '/directory/' },
  { name: 'directory area', path: '/directory/area/england/london/' },
  { name: 'directory service', path: '/directory/young-peoples-immigration-advice-clinic/' },
  { name: 'directory (Arabic)', path: '/ar/directory/' },
];
