/**
 * Which of the site's own pages shows an entry of each previewable collection, with the props
 * its getStaticPaths gives it. One line per type (with the CMS's list, cms/src/preview/
 * previewable-types.ts): the page, its layout and components are the site's, never a copy.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import HomePage from '../pages/[...lang]/index.astro';
import AboutPage from '../pages/[...lang]/about.astro';
import ContentPage from '../pages/[...lang]/[slug].astro';
import ServicePage from '../pages/[...lang]/directory/[slug].astro';
import EventPage from '../pages/[...lang]/events/[slug].astro';
import NewsPage from '../pages/[...lang]/news/[slug].astro';
import ProjectPage from '../pages/[...lang]/projects/[slug].astro';
import ResourcePage from '../pages/[...lang]/resources/[slug].astro';
import TributePage from '../pages/[...lang]/tributes/[slug].astro';
import type { Locale } from '../i18n/locales';
import { entriesIn, type LocalizedCollection } from '../lib/site/content';
import { isPastEvent } from '../lib/site/event-dates';
import { homeOf } from '../lib/site/home';

export type PreviewPage = { Page: AstroComponentFactory; props: Record<string, unknown> };
type At = { locale: Locale; documentId: string };

/** A page of one entry: `{ locale, entry }`, the entry as entryPaths() reads it. */
const entryPage =
  (Page: AstroComponentFactory, collection: LocalizedCollection) =>
  async ({ locale, documentId }: At): Promise<PreviewPage> => {
    const entry = (await entriesIn(collection, locale)).find((e) => e.data.documentId === documentId);
    return { Page, props: { locale, entry } };
  };

/**
 * An event's page also says whether the event is past (as eventPaths() gives it), at the moment
 * of the preview: the preview server runs for days, so never a memoised build-time now.
 */
const eventPage = async (at: At): Promise<PreviewPage> => {
  const { Page, props } = await entryPage(EventPage, 'events')(at);
  const entry = props.entry as { data: { startsAt: Date; endsAt: Date } } | undefined;
  return { Page, props: { ...props, past: entry ? isPastEvent(entry.data, new Date()) : false } };
};

/** A page of a single type, which reads its content itself: `{ locale }`, as localePaths() gives. */
const localePage =
  (Page: AstroComponentFactory) =>
  async ({ locale }: At): Promise<PreviewPage> => ({ Page, props: { locale } });

/** The home page, with what it shows read now (as homePaths() gives it). */
const homePage = async ({ locale }: At): Promise<PreviewPage> => ({
  Page: HomePage,
  props: { view: await homeOf(locale) },
});

export const PREVIEW_PAGES = {
  news: entryPage(NewsPage, 'news'),
  resources: entryPage(ResourcePage, 'resources'),
  projects: entryPage(ProjectPage, 'projects'),
  tributes: entryPage(TributePage, 'tributes'),
  pages: entryPage(ContentPage, 'pages'),
  events: eventPage,
  about: localePage(AboutPage),
  home: homePage,
  directory: entryPage(ServicePage, 'directory'),
} satisfies Partial<Record<string, (at: At) => Promise<PreviewPage>>>;

export const hasPreviewPage = (collection: string): collection is keyof typeof PREVIEW_PAGES =>
  Object.hasOwn(PREVIEW_PAGES, collection);
