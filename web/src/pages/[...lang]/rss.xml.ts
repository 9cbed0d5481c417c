/** The news and upcoming events as an RSS 2.0 feed per language: /rss.xml, /ar/rss.xml... */
import type { APIRoute, GetStaticPaths } from 'astro';
import { uiStrings } from '../../i18n';
import { settingsFor } from '../../lib/site/content';
import { displayDateOf } from '../../lib/site/dates';
import { formatEventWhen } from '../../lib/site/event-dates';
import { eventsIn } from '../../lib/site/events';
import { newsIn } from '../../lib/site/news';
import { localePaths, type LocaleProps } from '../../lib/site/paths';
import { rssXml } from '../../lib/site/rss';
import { absoluteUrl, routes } from '../../lib/site/urls';

export const getStaticPaths = (() => localePaths('news')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const settings = await settingsFor(locale);
  const strings = uiStrings(locale);
  const articles = (await newsIn(locale)).slice(0, 50).map((article) => ({
    title: article.title,
    link: absoluteUrl(routes.article(locale, article.slug), site),
    description: article.summary,
    date: displayDateOf(article),
    category: strings.news.categories[article.category],
  }));
  // An upcoming event is an item from when it was published, its description saying when it is.
  const events = (await eventsIn(locale)).upcoming.map((event) => ({
    title: event.title,
    link: absoluteUrl(routes.event(locale, event.slug), site),
    description: `${formatEventWhen(event, locale)}. ${event.summary}`,
    date: event.publishedAt,
    category: strings.events.title,
  }));
  const xml = rssXml({
    title: `${settings.organisationName}: ${strings.news.title}`,
    description: strings.news.intro,
    link: absoluteUrl(routes.news(locale), site),
    selfLink: absoluteUrl(routes.rss(locale), site),
    language: locale,
    items: [...articles, ...events]
      .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title))
      .slice(0, 50),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
