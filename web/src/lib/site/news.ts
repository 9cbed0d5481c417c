/** The news in a locale as the news pages list it: newest first, with the categories in use. */
import type { Locale } from '../../i18n/locales';
import type { NewsData } from '../cms/schemas';
import { entriesIn } from './content';
import { newestFirst } from './dates';

export const newsIn = async (locale: Locale): Promise<NewsData[]> =>
  newestFirst(
    (await entriesIn('news', locale)).map((entry) => entry.data),
    (article) => article.title,
  );

export const categoriesIn = (articles: readonly NewsData[]): Array<NewsData['category']> => [
  ...new Set(articles.map((article) => article.category)),
];
