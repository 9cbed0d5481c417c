/**
 * The demo content has fewer articles than one news page holds. These older, plainly worded
 * articles give the news list (60 to 79 articles with the demo's) two archive pages of 20 besides
 * its first page (paginate.ts `archivePages`), so paging is built and tested too.
 */
import type { Core } from '@strapi/strapi';

export const ARCHIVE_ARTICLE_COUNT = 52;
/** Older than every demo article (the oldest is 330 days old). */
const FIRST_ARCHIVE_DAYS_AGO = 400;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ArchiveArticle = { slug: string; title: string; displayDate: string };

export const archiveArticles = (today: Date): ArchiveArticle[] =>
  Array.from({ length: ARCHIVE_ARTICLE_COUNT }, (_, n) => ({
    slug: `archive-notice-${n + 1}`,
    title: `Archive notice ${n + 1}: office news from past years`,
    displayDate: new Date(today.getTime() - (FIRST_ARCHIVE_DAYS_AGO + n * 7) * DAY_MS)
      .toISOString()
      .slice(0, 10),
  }));

type Documents = { create: (params: Record<string, unknown>) => Promise<unknown> };

/** Every few notices has a cover (an image of the demo's media library), as real news does. */
const COVER_EVERY = 4;

export const addArchiveArticles = async (strapi: Core.Strapi, today: Date): Promise<void> => {
  const articles = strapi.documents('api::article.article' as never) as unknown as Documents;
  const image = (await strapi.db.query('plugin::upload.file').findOne({
    where: { mime: { $startsWith: 'image/' } },
    orderBy: { id: 'asc' },
  })) as { id: number } | null;
  for (const [n, article] of archiveArticles(today).entries()) {
    await articles.create({
      locale: 'en',
      status: 'published',
      data: {
        ...article,
        summary: 'A short notice kept for the record.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Kept for the record.' }] }],
        category: 'news',
        ...(image && n % COVER_EVERY === 0
          ? { cover: { image: image.id, alt: 'The office noticeboard' } }
          : {}),
      },
    });
  }
};
