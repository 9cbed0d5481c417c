/** The news in a locale as the news pages list it: newest first, with the categories in use. */
import type { Locale } from '../../i18n/locales';
import { ARTICLE_CATEGORIES, type NewsData } from '../cms/schemas';
import { entriesIn } from './content';
import { newestFirst } from './dates';

export const newsIn = async (locale: Locale): Promise<NewsData[]> =>
  newestFirst(
    (await entriesIn('news', locale)).map((entry) => entry.data),
    (article) => article.title,
  );

/**
 * The categories that have news, in ARTICLE_CATEGORIES' order, never the articles': every news
 * list page's cache key holds them, so a new article of another category must not reorder them.
 */
export const categoriesIn = (articles: readonly NewsData[]): Array<NewsData['category']> => {
  const present = new Set(articles.map((article) => article.category));
  return ARTICLE_CATEGORIES.filter((category) => present.has(category));
};
