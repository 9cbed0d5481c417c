/**
 * Hostile content in a real CMS, for the site build (web/tests) and the browser tests (e2e):
 * - entries an editor may legitimately save, full of HTML, bidi overrides, emoji and a 100 KB
 *   word, which the site must show as text, escaped and isolated, without breaking its layout;
 * - entries the site cannot publish, put in the database past the CMS's validation (as a restore,
 *   a migration or a hand edit would): a slug of '..' or '.', a rich-text or partner link to
 *   `javascript:`, a topic slug with spaces, a page taking a section's address. The build must
 *   leave exactly these out, name them, and build every page that links to them.
 */
import type { Core } from '@strapi/strapi';
import { createPublished, documents, minimalContent, richText } from '../../../cms/tests/helpers/content';

const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const TOPIC = 'api::topic.topic';
const PROJECT = 'api::partner-project.partner-project';
const PAGE = 'api::page.page';
const ABOUT = 'api::about.about';

/** Text that would run script, break out of an attribute or a <title>, or reorder a sentence. */
export const HOSTILE = {
  title: '<script>alert("title")</script> \u202eevil.exe 👩🏽‍⚖️ </title>',
  summary: '"><svg onload=alert("summary")> <img src=x onerror=alert("summary")>',
  seoTitle: '</title><script>alert("seo")</script>',
  seoDescription: '"><img src=x onerror=alert("description")>',
  bodyHtml: '<script>alert("body")</script><iframe src="javascript:alert(1)"></iframe>',
  bidi: 'Deadline \u202e2026-12-01\u202c for appeals',
  /** 100 KB without a space: must wrap at 320 px, not push the page sideways. */
  longWord: 'A'.repeat(100_000),
  topic: '<img src=x onerror=alert("topic")>',
  term: '<b onmouseover=alert("term")>Asylum</b>',
  definition: 'ﻻجئ \u202eno\u202c <a href="javascript:alert(1)">click</a>',
  tributeName: '\u202eRemembered name',
  roleLine: '<script>alert("role")</script>',
  partnerName: '<script>alert("partner")</script>Partner',
  projectName: '"><svg/onload=alert("project")> project',
  /** In the site settings: on every page (header and footer). */
  tagline: 'Free legal help <script>alert("tagline")</script> \u202eforever 💬',
  openingHours: '"><img src=x onerror=alert("hours")> Tuesday to Thursday',
} as const;

/** Slugs of the hostile but publishable entries, and the pages that show them. */
export const HOSTILE_SLUGS = {
  article: 'hostile-text',
  topic: 'hostile-topic',
  term: 'hostile-term',
  tribute: 'hostile-tribute',
  project: 'hostile-project',
} as const;
export const HOSTILE_PAGES = [
  `/news/${HOSTILE_SLUGS.article}/`,
  `/news/topic/${HOSTILE_SLUGS.topic}/`,
  `/tributes/${HOSTILE_SLUGS.tribute}/`,
  `/projects/${HOSTILE_SLUGS.project}/`,
  '/glossary/',
  '/tributes/',
  '/projects/',
] as const;

/** The entries the build must leave out: their type, title and what must be said about them. */
export const LEFT_OUT = [
  { type: ARTICLE, title: 'Left out: dot-dot slug', problem: /^Its URL name '\.\.' cannot be used\./ },
  { type: ARTICLE, title: 'Left out: script link', problem: /^The link 'javascript:alert\(10\)' is not one/ },
  { type: ARTICLE, title: 'مقال للاختبار', locale: 'ar', problem: /^Its URL name '\.\.' cannot be used\./ },
  { type: RESOURCE, title: 'Left out: dot slug', problem: /^Its URL name '\.' cannot be used\./ },
  { type: TOPIC, title: 'Left out topic', problem: /^Its URL name 'Bad Topic' cannot be used\./ },
  {
    type: PROJECT,
    title: 'Left out: script partner',
    problem: /^The link 'javascript:alert\(11\)' is not one/,
  },
  {
    type: PAGE,
    title: 'Left out: page named news',
    problem: /already used by the website for its own pages/,
  },
  // The CMS cannot even return these: GraphQL refuses an empty required field.
  { type: ARTICLE, title: null, problem: /^Its summary is missing, although the CMS requires it\.$/ },
  {
    type: ABOUT,
    title: null,
    locale: 'sq',
    problem: /^Its mission is missing, although the CMS requires it\.$/,
  },
] as const;

/** Written straight into the database, past the CMS's validation, as a restore could. */
const setColumns = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  data: Record<string, unknown>,
) => {
  await strapi.db.query(uid as never).updateMany({ where: { documentId }, data });
};

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const text = (value: string) => ({ type: 'text', text: value });

export const addHostileContent = async (strapi: Core.Strapi): Promise<void> => {
  // Left out: a resource with the slug '.', linked from the hostile article.
  const resource = await createPublished(strapi, RESOURCE, {
    ...minimalContent[RESOURCE]('left-out'),
    title: 'Left out: dot slug',
  });
  await setColumns(strapi, RESOURCE, resource, { slug: '.' });
  // Left out: a topic whose slug has spaces and capitals, on the hostile article too.
  const badTopic = await createPublished(strapi, TOPIC, { name: 'Left out topic', slug: 'left-out-topic' });
  await setColumns(strapi, TOPIC, badTopic, { slug: 'Bad Topic' });
  const topic = await createPublished(strapi, TOPIC, { name: HOSTILE.topic, slug: HOSTILE_SLUGS.topic });

  const article = await createPublished(strapi, ARTICLE, {
    title: HOSTILE.title,
    slug: HOSTILE_SLUGS.article,
    summary: HOSTILE.summary,
    category: 'news',
    displayDate: '2001-01-01',
    body: [
      paragraph(text(HOSTILE.bodyHtml)),
      paragraph(text(HOSTILE.bidi)),
      paragraph(text(HOSTILE.longWord)),
      paragraph(text('Read the '), {
        type: 'link',
        url: 'https://www.gov.uk/claim-asylum',
        children: [text('official guidance 🇬🇧')],
      }),
    ],
    seo: { metaTitle: HOSTILE.seoTitle, metaDescription: HOSTILE.seoDescription },
    topics: [topic, badTopic],
    relatedResources: [resource],
  });
  // Left out: its Arabic version, whose slug is '..' (the English one must not offer it).
  await documents(strapi, ARTICLE).update({
    documentId: article,
    locale: 'ar',
    status: 'published',
    data: { ...minimalContent[ARTICLE]('ar'), title: 'مقال للاختبار', slug: 'hostile-text-ar' },
  });
  await strapi.db
    .query(ARTICLE as never)
    .updateMany({ where: { documentId: article, locale: 'ar' }, data: { slug: '..' } });

  // Left out: an article with the slug '..', and one whose text links to a script.
  const dots = await createPublished(strapi, ARTICLE, {
    ...minimalContent[ARTICLE]('left-out-dots'),
    title: 'Left out: dot-dot slug',
  });
  await setColumns(strapi, ARTICLE, dots, { slug: '..' });
  const scripted = await createPublished(strapi, ARTICLE, {
    ...minimalContent[ARTICLE]('left-out-script'),
    title: 'Left out: script link',
  });
  await setColumns(strapi, ARTICLE, scripted, {
    body: [paragraph({ type: 'link', url: 'javascript:alert(10)', children: [text('click me')] })],
  });

  // Left out: an article whose required summary is empty, and the Albanian about page whose
  // mission is (a field made required after publishing, a hand edit).
  const empty = await createPublished(strapi, ARTICLE, {
    ...minimalContent[ARTICLE]('left-out-empty'),
    title: 'Left out: empty summary',
  });
  await setColumns(strapi, ARTICLE, empty, { summary: null });
  await strapi.db.query(ABOUT as never).updateMany({ where: { locale: 'sq' }, data: { mission: null } });

  // Left out: a project whose partner links to a script; a page that takes the news section's address.
  await createPublished(strapi, PROJECT, {
    ...minimalContent[PROJECT]('left-out'),
    name: 'Left out: script partner',
    partners: [{ name: 'Partner left out', url: 'https://partner-left-out.example.org' }],
  });
  await strapi.db
    .query('partners.organisation' as never)
    .updateMany({ where: { name: 'Partner left out' }, data: { url: 'javascript:alert(11)' } });
  const page = await createPublished(strapi, PAGE, {
    ...minimalContent[PAGE]('left-out'),
    title: 'Left out: page named news',
  });
  await setColumns(strapi, PAGE, page, { slug: 'news' });

  // Shown, as text, on every page: the English site settings' tagline and opening hours.
  const settings = strapi.documents('api::site-setting.site-setting' as never) as unknown as {
    findFirst: (params: Record<string, unknown>) => Promise<{ documentId: string } | null>;
  };
  const english = await settings.findFirst({ locale: 'en' });
  if (!english) throw new Error('the demo content has no English site settings');
  await documents(strapi, 'api::site-setting.site-setting').update({
    documentId: english.documentId,
    locale: 'en',
    status: 'published',
    data: { tagline: HOSTILE.tagline, openingHours: HOSTILE.openingHours },
  });

  // Shown, as text: hostile names in a glossary term, a tribute and a partner project.
  await createPublished(strapi, 'api::glossary-term.glossary-term', {
    term: HOSTILE.term,
    slug: HOSTILE_SLUGS.term,
    definition: HOSTILE.definition,
  });
  await createPublished(strapi, 'api::tribute.tribute', {
    name: HOSTILE.tributeName,
    slug: HOSTILE_SLUGS.tribute,
    roleLine: HOSTILE.roleLine,
    body: richText(HOSTILE.bidi),
  });
  await createPublished(strapi, PROJECT, {
    name: HOSTILE.projectName,
    slug: HOSTILE_SLUGS.project,
    summary: HOSTILE.summary,
    body: richText(HOSTILE.bodyHtml),
    partners: [{ name: HOSTILE.partnerName, url: 'https://partner.example.org' }],
    relatedArticles: [article, dots],
  });
};
