/**
 * Fills a throw-away CMS for a benchmark: the demo seed (settings, home, about, topics,
 * audiences, pages, its images and small PDFs, the directory's services), then N generated news
 * articles and M resources written through the document service, published, in English, linked
 * to topics/audiences and sharing the seed's few images and PDFs (so the build downloads a
 * handful of files, not N), and S more directory services (copies of the demo ones, renamed).
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { waitForIdleDatabase } from '../../../cms/tests/helpers/database-idle.ts';
import type { ThrowawayCms } from './throwaway-cms.ts';

export const ARTICLE_UID = 'api::article.article';
export const RESOURCE_UID = 'api::resource.resource';
const SERVICE_UID = 'api::service.service';
/** The components a service carries (copied with it). */
const SERVICE_COMPONENTS = [
  'immigrationSituations',
  'languages',
  'schedules',
  'serviceAreas',
  'locations',
] as const;

type Doc = { documentId: string; slug?: string; title?: string };
type DocumentApi = {
  findMany: (params: Record<string, unknown>) => Promise<Doc[]>;
  findFirst: (params: Record<string, unknown>) => Promise<Doc | null>;
  create: (params: Record<string, unknown>) => Promise<Doc>;
  update: (params: Record<string, unknown>) => Promise<Doc | null>;
  publish: (params: Record<string, unknown>) => Promise<unknown>;
};

/** The document service of one content type, typed loosely (the scripts have no generated types). */
export const documentsOf = (strapi: Core.Strapi, uid: string): DocumentApi =>
  strapi.documents(uid as Parameters<Core.Strapi['documents']>[0]) as unknown as DocumentApi;

const CATEGORIES = ['news', 'policy', 'litigation', 'training_event', 'statement'] as const;
const RESOURCE_TYPES = ['guide', 'fact_sheet', 'toolkit', 'briefing', 'report', 'directory'] as const;
const SUBJECTS = [
  'age assessments',
  'family reunion',
  'leaving care',
  'the asylum interview',
  'legal aid',
  'trafficking protection',
  'school places',
  'the appeal hearing',
] as const;

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] });

/** A body of the length a real news item has: headings, paragraphs and a list (~350 words). */
const articleBody = (n: number, subject: string): unknown[] => [
  paragraph(
    `This update (number ${n}) explains what has changed about ${subject} for children and young people who are ` +
      'seeking asylum or are in the care of a local authority, and what our lawyers are doing about it.',
  ),
  { type: 'heading', level: 2, children: [text('What has changed')] },
  paragraph(
    'The Home Office has published new guidance. It says how decisions are made, who makes them and how long ' +
      'they should take. Some parts are welcome. Other parts could leave young people without the help they ' +
      'need while their case is decided, sometimes for many months.',
  ),
  paragraph(
    'We have read the guidance closely with the young people we work with. They told us what worries them ' +
      'most: not being believed, waiting without news, and not knowing who to ask for help.',
  ),
  { type: 'heading', level: 2, children: [text('What you can do')] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      {
        type: 'list-item',
        children: [text('Ask your social worker or lawyer what the change means for you.')],
      },
      {
        type: 'list-item',
        children: [text('Keep every letter you get, and write down the date it arrived.')],
      },
      { type: 'list-item', children: [text('Call our advice line if you are not sure what to do next.')] },
    ],
  },
  paragraph(
    'Professionals can find our updated fact sheets and training materials in the resources section. We will ' +
      'keep this page up to date as the guidance is used in practice, and we will share what we learn.',
  ),
];

type SharedMedia = { images: number[]; pdfs: number[] };
type Taxonomy = { topics: string[]; audiences: string[] };

const sharedMedia = async (strapi: Core.Strapi): Promise<SharedMedia> => {
  const files = (await strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'mime'] })) as Array<{
    id: number;
    mime: string;
  }>;
  const images = files.filter((f) => f.mime.startsWith('image/')).map((f) => f.id);
  const pdfs = files.filter((f) => f.mime === 'application/pdf').map((f) => f.id);
  if (images.length === 0 || pdfs.length === 0)
    throw new Error('the seed uploaded no images or PDFs to share');
  // "A few images shared by many articles": at most 4 of each.
  return { images: images.slice(0, 4), pdfs: pdfs.slice(0, 4) };
};

const taxonomy = async (strapi: Core.Strapi): Promise<Taxonomy> => {
  const ids = async (uid: string) =>
    (
      await documentsOf(strapi, uid).findMany({ locale: 'en', status: 'published', fields: ['documentId'] })
    ).map((d) => d.documentId);
  const topics = await ids('api::topic.topic');
  const audiences = await ids('api::audience.audience');
  if (topics.length === 0 || audiences.length === 0)
    throw new Error('the seed created no topics or audiences');
  return { topics, audiences };
};

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const isoDay = (daysAgo: number): string =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

export const articleSlug = (n: number): string => `bench-update-${String(n).padStart(5, '0')}`;

const articleData = (n: number, media: SharedMedia, tax: Taxonomy): Record<string, unknown> => {
  const subject = pick(SUBJECTS, n);
  return {
    title: `Update ${n}: what is changing about ${subject}`,
    slug: articleSlug(n),
    summary: `What the new guidance on ${subject} means for children and young people, and what to do next.`,
    body: articleBody(n, subject),
    category: pick(CATEGORIES, n),
    displayDate: isoDay(n % 1500),
    cover: { image: pick(media.images, n), alt: 'Abstract shapes in the charity’s teal, yellow and coral' },
    topics: [pick(tax.topics, n), pick(tax.topics, n + 3)].filter((v, i, all) => all.indexOf(v) === i),
  };
};

const resourceData = (n: number, media: SharedMedia, tax: Taxonomy): Record<string, unknown> => {
  const subject = pick(SUBJECTS, n);
  const languages = ['en', 'ar', 'fa'].slice(0, 1 + (n % 3));
  return {
    title: `A guide to ${subject} (${n})`,
    slug: `bench-guide-${String(n).padStart(5, '0')}`,
    summary: `Plain-language help with ${subject}, for young people and the adults who support them.`,
    description: [paragraph(`Everything you need to know about ${subject}, checked by our lawyers.`)],
    type: pick(RESOURCE_TYPES, n),
    audiences: [pick(tax.audiences, n)],
    topics: [pick(tax.topics, n)],
    files: languages.map((language, i) => ({ language, file: pick(media.pdfs, n + i) })),
    lastReviewed: isoDay(30 + (n % 300)),
    nextReview: isoDay(-(60 + (n % 300))),
    featured: n % 50 === 0,
  };
};

/** Runs `make(i)` for i in [0, count) in transactions of `batch` (SQLite commits once per batch). */
const inBatches = async (
  strapi: Core.Strapi,
  count: number,
  make: (i: number) => Promise<unknown>,
  batch = 100,
): Promise<void> => {
  for (let start = 0; start < count; start += batch) {
    await strapi.db.transaction(async () => {
      for (let i = start; i < Math.min(count, start + batch); i++) await make(i);
    });
  }
};

/** Component data without the ids Strapi gave it, to be written again as new components. */
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== '__component')
      .map(([key, child]) => [key, withoutIds(child)]),
  );
};

/** `count` more published English services: the demo's, in turn, under new names and slugs. */
const copyServices = async (strapi: Core.Strapi, count: number): Promise<void> => {
  if (count === 0) return;
  const services = documentsOf(strapi, SERVICE_UID);
  const demo = (await services.findMany({
    locale: 'en',
    status: 'published',
    populate: [...SERVICE_COMPONENTS, 'organization'],
  })) as unknown as Array<Record<string, unknown>>;
  if (demo.length === 0) throw new Error('the seed created no directory services to copy');
  const copyable = new Set([
    'name',
    'description',
    'eligibilityDescription',
    'feesDescription',
    'applicationProcess',
    'scheduleDescription',
    'minimumAge',
    'maximumAge',
    'gender',
    'isFree',
    'accessByReferral',
    'accessDropIn',
    'accessByPhone',
    'url',
    'email',
    'phone',
    ...SERVICE_COMPONENTS,
  ]);
  await inBatches(strapi, count, (i) => {
    const source = pick(demo, i);
    const data = Object.fromEntries(
      Object.entries(source)
        .filter(([key]) => copyable.has(key))
        .map(([key, value]) => [key, withoutIds(value)]),
    );
    const organization = (source.organization as { documentId?: string } | null)?.documentId;
    return services.create({
      locale: 'en',
      status: 'published',
      data: {
        ...data,
        name: `${String(source.name)} (${i + 1})`,
        slug: `bench-service-${String(i + 1).padStart(5, '0')}`,
        ...(organization ? { organization } : {}),
      },
    });
  });
};

export type GeneratedContent = {
  articles: number;
  resources: number;
  /** English slugs of draft-only articles (never published), for publish benchmarks. */
  drafts: Array<{ documentId: string; slug: string }>;
  seconds: number;
};

export const fillCms = async (
  cms: ThrowawayCms,
  counts: { articles: number; resources: number; drafts?: number; services?: number },
): Promise<GeneratedContent> => {
  const started = performance.now();
  const { strapi } = cms;
  const seed = (await import(path.join(cms.distDir, 'src', 'seed', 'index.js'))) as {
    seedDemoContent: (s: Core.Strapi) => Promise<unknown>;
  };
  await seed.seedDemoContent(strapi);
  const seededAt = performance.now();
  const media = await sharedMedia(strapi);
  const tax = await taxonomy(strapi);
  const articles = documentsOf(strapi, ARTICLE_UID);
  const resources = documentsOf(strapi, RESOURCE_UID);
  await inBatches(strapi, counts.resources, (i) =>
    resources.create({ locale: 'en', status: 'published', data: resourceData(i + 1, media, tax) }),
  );
  await inBatches(strapi, counts.articles, (i) =>
    articles.create({ locale: 'en', status: 'published', data: articleData(i + 1, media, tax) }),
  );
  await copyServices(strapi, counts.services ?? 0);
  const drafts: GeneratedContent['drafts'] = [];
  for (let i = 0; i < (counts.drafts ?? 0); i++) {
    // Dated today, as a newly published article is: the newest, at the top of its lists.
    const data: Record<string, unknown> = {
      ...articleData(counts.articles + i + 1, media, tax),
      displayDate: isoDay(0),
    };
    const created = await articles.create({ locale: 'en', data });
    drafts.push({ documentId: created.documentId, slug: String(data.slug) });
  }
  const writtenAt = performance.now();
  // Strapi's queued entry events (cms/tests/helpers/database-idle.ts) finish before anything is measured.
  const settleMs = await waitForIdleDatabase(strapi);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `content: demo seed ${((seededAt - started) / 1000).toFixed(1)} s, then ${counts.articles} articles + ` +
      `${counts.resources} resources${counts.services ? ` + ${counts.services} directory services` : ''}` +
      `${drafts.length ? ` + ${drafts.length} drafts` : ''} in ` +
      `${((writtenAt - seededAt) / 1000).toFixed(1)} s (${media.images.length} shared images, ${media.pdfs.length} shared PDFs); ` +
      `the CMS's queued entry events took ${(settleMs / 1000).toFixed(1)} s more`,
  );
  return { articles: counts.articles, resources: counts.resources, drafts, seconds };
};
