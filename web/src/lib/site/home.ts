/**
 * The home page of each locale: what it shows (the newest news, the next events, featured guides,
 * active projects) and its cache key, so a publish that changes none of those copies it.
 */
import type { Locale } from '../../i18n/locales';
import { listCacheKey, shownEntriesKey } from './cache-keys';
import { entriesIn, settingsFor, singleIn, siteLocales } from './content';
import { newestFirst } from './dates';
import { eventsIn } from './events';
import { siteAlternates } from './page-alternates';
import { langParam, routes } from './urls';

/** How many of each the home page shows. */
const SHOWN = 3;

/** What the home page of `locale` shows (also what the draft preview renders it with). */
export const homeOf = async (locale: Locale) => {
  const home = await singleIn('home', locale);
  if (!home) throw new Error(`The home page is not published in ${locale}.`);
  const resources = await entriesIn('resources', locale);
  const featured = resources.filter((entry) => entry.data.featured);
  return {
    locale,
    home: home.data,
    settings: await settingsFor(locale),
    alternates: await siteAlternates(routes.home),
    news: newestFirst(
      (await entriesIn('news', locale)).map((entry) => entry.data),
      (article) => article.title,
    ).slice(0, SHOWN),
    events: (await eventsIn(locale)).upcoming.slice(0, SHOWN),
    resources: (featured.length > 0 ? featured : resources).slice(0, SHOWN).map((entry) => entry.data),
    projects: (await entriesIn('projects', locale))
      .map((entry) => entry.data)
      .sort((a, b) =>
        a.projectStatus === b.projectStatus
          ? a.name.localeCompare(b.name)
          : a.projectStatus === 'active'
            ? -1
            : 1,
      )
      .slice(0, SHOWN),
  };
};

export type HomeView = Awaited<ReturnType<typeof homeOf>>;

/** getStaticPaths for the home page: one per built locale, keyed on what it shows. */
export const homePaths = async () => {
  const paths = [];
  for (const locale of await siteLocales()) {
    const view = await homeOf(locale);
    paths.push({
      params: { lang: langParam(locale) },
      props: { view },
      cacheKey: await listCacheKey(locale, [
        'home',
        view.home,
        view.alternates,
        ...(await Promise.all(
          [view.news, view.events, view.resources, view.projects].map((shown) =>
            shownEntriesKey(locale, shown),
          ),
        )),
      ]),
    });
  }
  return paths;
};
