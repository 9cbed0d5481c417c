/**
 * What the built site must show, read from the demo content the CMS was seeded with, so the
 * tests follow the seed when its words change instead of repeating them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_LOCALES, type SiteLocale } from '../../../cms/src/content/site-content-types';
import { ABOUT } from '../../../cms/src/seed/content/about';
import { ARTICLES } from '../../../cms/src/seed/content/articles';
import { GLOSSARY } from '../../../cms/src/seed/content/glossary';
import { HOME_PAGE } from '../../../cms/src/seed/content/home-page';
import { PAGES } from '../../../cms/src/seed/content/pages';
import { PARTNER_PROJECTS } from '../../../cms/src/seed/content/partner-projects';
import { RESOURCES } from '../../../cms/src/seed/content/resources';
import { SITE_SETTINGS_SHARED } from '../../../cms/src/seed/content/site-settings';
import { TRIBUTES } from '../../../cms/src/seed/content/tribute';
import type { Translations } from '../../../cms/src/seed/content/types';
import { resolveDate } from '../../../cms/src/seed/dates';

export { ABOUT, ARTICLES, GLOSSARY, HOME_PAGE, PAGES, PARTNER_PROJECTS, RESOURCES, TRIBUTES };

export type { SiteLocale };
export const LOCALES: readonly SiteLocale[] = SITE_LOCALES.map((locale) => locale.code);

export const RTL_LOCALES: readonly SiteLocale[] = ['ar', 'fa'];
export const QUICK_EXIT_URL = SITE_SETTINGS_SHARED.quickExitUrl;

/** `/news/x/` in English, `/ar/news/x/` in Arabic. */
export const localePath = (locale: SiteLocale, rest: string): string =>
  locale === 'en' ? `/${rest}` : `/${locale}/${rest}`;

/** The locales an entry is written in. */
export const localesOf = <T>(text: Translations<T>): SiteLocale[] =>
  (Object.keys(text) as SiteLocale[]).filter((locale) => text[locale as keyof typeof text] !== undefined);

export const textIn = <T>(text: Translations<T>, locale: SiteLocale): T => {
  const value = (text as Partial<Record<SiteLocale, T>>)[locale];
  if (value === undefined) throw new Error(`No ${locale} text`);
  return value;
};

export const publishedArticles = ARTICLES.filter((article) => !article.draft);
export const draftArticles = ARTICLES.filter((article) => article.draft);

/** Newest first, as the news list must show them, with their display dates resolved. */
export const articlesNewestFirst = (today: Date, locale: SiteLocale) =>
  publishedArticles
    .filter((article) => localesOf(article.text).includes(locale))
    .map((article) => ({ ...article, date: resolveDate(today, article.displayDate) }))
    .sort((a, b) => b.date.localeCompare(a.date));

/** The private consent values of the tributes: none of them may reach the site. */
export const privateTributeValues = (today: Date): string[] =>
  TRIBUTES.flatMap((tribute) => [
    tribute.consent.givenBy,
    tribute.consent.notes,
    // Each sentence on its own too, in case the site printed part of the notes.
    ...tribute.consent.notes.split(/(?<=\.)\s+/),
    resolveDate(today, tribute.consent.recordedOn),
  ]);

const SEED_CONTENT_DIR = path.resolve(__dirname, '..', '..', '..', 'cms', 'src', 'seed', 'content');

/**
 * Every web address written in the demo content (partner sites, links in articles, the quick
 * exit, donate and social links): the only other sites the built pages may link to.
 */
export const demoContentUrls = (): Set<string> => {
  const urls = new Set<string>();
  for (const file of readdirSync(SEED_CONTENT_DIR)) {
    const text = readFileSync(path.join(SEED_CONTENT_DIR, file), 'utf8');
    for (const match of text.matchAll(/https?:\/\/[^\s"'`)<>\]]+/g)) urls.add(match[0]);
  }
  return urls;
};
