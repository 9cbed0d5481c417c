/** One page of each type the site builds, in English and in the right-to-left languages. */
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

export type PageType = { name: string; path: string };

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/news/' },
  { name: 'news list, page 2', path: '/news/page/2/' },
  { name: 'news category', path: `/news/category/${article.category}/` },
  { name: 'news topic', path: `/news/topic/${first(article.topics, 'article topic')}/` },
  { name: 'article', path: `/news/${article.slug}/` },
  { name: 'resource library', path: '/resources/' },
  { name: 'resource', path: `/resources/${resource.slug}/` },
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
  { name: 'resource library (Farsi)', path: '/fa/resources/' },
  { name: 'resource (Farsi)', path: `/fa/resources/${resource.slug}/` },
];
