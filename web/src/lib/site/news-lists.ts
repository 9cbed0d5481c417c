/**
 * The news lists as static pages, newest first: the whole news (`/news/`, archive pages
 * `/news/page/N/`), each category (`/news/category/press-release/`, `…/page/N/`) and each topic
 * (`/news/topic/asylum/`). A page shows at most two pages' worth of articles, however much news
 * there is. Archive pages are numbered from the oldest (paginate.ts `archivePages`), so a new
 * article changes the lists' first pages, not every page after them. Each page has a cache key:
 * an incremental build renders again only the pages whose articles, page links or frame changed
 * (publishing one article: the first pages of its lists; editing one: the pages it is on).
 */
import type { Locale } from '../../i18n/locales';
import type { NewsData, TopicData } from '../cms/schemas';
import { toAlternates, versionsOf, type Alternate } from './alternates';
import { once } from './build-memo';
import { listCacheKey, shownEntriesKey } from './cache-keys';
import { entriesIn, localesWithSection } from './content';
import { categoriesIn, newsIn } from './news';
import { archivePages, NEWS_PAGE_SIZE, type ArchivePage } from './paginate';
import { langParam, routes } from './urls';

type Category = NewsData['category'];

/** What a news list lists: all the news, one category, or one topic. */
export type NewsList =
  { kind: 'all' } | { kind: 'category'; category: Category } | { kind: 'topic'; topic: TopicData };

export type NewsListPage = {
  locale: Locale;
  list: NewsList;
  page: ArchivePage<NewsData>;
  /** The categories that have news in this locale (the category links). */
  categories: Category[];
  alternates: Alternate[];
};

/** The URL of a list page: page 0 is the list's own address, archive pages are under `page/N/`. */
export const newsListHref = (locale: Locale, list: NewsList, page = 0): string => {
  if (list.kind === 'all') return routes.news(locale, page);
  const first =
    list.kind === 'category'
      ? routes.newsCategory(locale, list.category)
      : routes.newsTopic(locale, list.topic.slug);
  return page > 0 ? `${first}page/${page}/` : first;
};

/** Every news list of one locale with its articles. */
const newsListsOf = (locale: Locale): Promise<Array<{ list: NewsList; articles: NewsData[] }>> =>
  once(`news-lists:${locale}`, async () => {
    const articles = await newsIn(locale);
    const topics = (await entriesIn('topics', locale)).map((entry) => entry.data);
    return [
      { list: { kind: 'all' } as const, articles },
      ...categoriesIn(articles).map((category) => ({
        list: { kind: 'category', category } as const,
        articles: articles.filter((article) => article.category === category),
      })),
      ...topics
        .map((topic) => ({
          list: { kind: 'topic', topic } as const,
          articles: articles.filter((article) =>
            article.topics.some((t) => t.documentId === topic.documentId),
          ),
        }))
        .filter(({ articles: tagged }) => tagged.length > 0),
    ];
  });

/** Whether `list` (by its category or topic) has a list in `locale`. */
const hasList = async (locale: Locale, list: NewsList): Promise<boolean> =>
  (await newsListsOf(locale)).some(({ list: other }) =>
    list.kind === 'all'
      ? other.kind === 'all'
      : list.kind === 'category'
        ? other.kind === 'category' && other.category === list.category
        : other.kind === 'topic' && other.topic.documentId === list.topic.documentId,
  );

/** The same list in the other languages that have it (first page only: archive pages differ by language). */
const alternatesOf = async (locale: Locale, list: NewsList, page: number, locales: readonly Locale[]) => {
  if (page > 0) return [{ locale, href: newsListHref(locale, list, page) }];
  if (list.kind === 'topic') {
    const versions = [];
    for (const version of versionsOf(list.topic)) {
      const topic = (await newsListsOf(version.locale as Locale)).find(
        ({ list: other }) => other.kind === 'topic' && other.topic.slug === version.slug,
      );
      if (topic) versions.push(version);
    }
    return toAlternates(versions, locales, routes.newsTopic);
  }
  const present: Locale[] = [];
  for (const other of locales) if (await hasList(other, list)) present.push(other);
  return toAlternates(
    present.map((other) => ({ locale: other })),
    locales,
    (other) => newsListHref(other, list),
  );
};

type Params = { lang: string | undefined; page?: string; category?: string; topic?: string };

const listParams = (list: NewsList): Omit<Params, 'lang' | 'page'> =>
  list.kind === 'category'
    ? { category: list.category }
    : list.kind === 'topic'
      ? { topic: list.topic.slug }
      : {};

/**
 * getStaticPaths for one of the news list routes (`kind`; the first page or the archive pages),
 * with each page's cache key: the articles it shows (by their digests), its page links, the
 * category links, its title (a topic's name and description), its translations and the frame.
 * No count of pages is in it: a new page in the archive changes no page but the one next to it.
 */
export const newsListPaths = async (kind: NewsList['kind'], pages: 'first' | 'archive') => {
  const locales = await localesWithSection('news');
  const paths: Array<{ params: Params; props: { view: NewsListPage }; cacheKey: string }> = [];
  for (const locale of locales) {
    const lists = await newsListsOf(locale);
    const categories = categoriesIn(lists[0]?.articles ?? []);
    for (const { list, articles } of lists) {
      if (list.kind !== kind) continue;
      for (const page of archivePages(articles, NEWS_PAGE_SIZE)) {
        if ((pages === 'first') !== (page.page === 0)) continue;
        const alternates = await alternatesOf(locale, list, page.page, locales);
        paths.push({
          params: {
            lang: langParam(locale),
            ...listParams(list),
            ...(page.page > 0 ? { page: String(page.page) } : {}),
          },
          props: { view: { locale, list, page, categories, alternates } },
          cacheKey: await listCacheKey(locale, [
            'news',
            list.kind === 'topic' ? { topic: list.topic } : list,
            page.page,
            page.newer,
            page.older,
            await shownEntriesKey(locale, page.items),
            categories,
            alternates,
          ]),
        });
      }
    }
  }
  return paths;
};
