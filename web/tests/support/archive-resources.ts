/**
 * The demo content has fewer guides than one page of the resources library holds. These plainly
 * worded English guides (each with one of the demo's PDFs) push the library onto three pages, and its filter pages for one audience
 * and one type onto two, so the static paging and the combined filters are built and tested too.
 */
import type { Core } from '@strapi/strapi';

export const ARCHIVE_RESOURCE_COUNT = 40;
/** A topic and audiences the demo content already has. */
export const ARCHIVE_TOPIC = 'asylum';
const AUDIENCES = ['lawyers', 'foster-carers'] as const;

export type ArchiveResource = {
  slug: string;
  title: string;
  type: 'report' | 'briefing';
  audiences: string[];
  topics: string[];
};

export const archiveResources = (): ArchiveResource[] =>
  Array.from({ length: ARCHIVE_RESOURCE_COUNT }, (_, n) => ({
    slug: `archive-briefing-${String(n + 1).padStart(2, '0')}`,
    title: `Archive briefing ${String(n + 1).padStart(2, '0')}: kept for the record`,
    type: n % 4 === 0 ? 'briefing' : 'report',
    audiences: [AUDIENCES[n % 4 === 3 ? 1 : 0] ?? 'lawyers'],
    topics: [ARCHIVE_TOPIC],
  }));

type Documents = {
  create: (params: Record<string, unknown>) => Promise<unknown>;
  findFirst: (params: Record<string, unknown>) => Promise<{ documentId: string } | null>;
};

export const addArchiveResources = async (strapi: Core.Strapi): Promise<void> => {
  const documents = (uid: string) => strapi.documents(uid as never) as unknown as Documents;
  const idOf = async (uid: string, slug: string): Promise<string> => {
    const found = await documents(uid).findFirst({ locale: 'en', status: 'published', filters: { slug } });
    if (!found) throw new Error(`${uid} ${slug} is not in the demo content`);
    return found.documentId;
  };
  // A resource needs a file or a link to be published: each shares one of the demo's PDFs (in
  // English), so the site gains no new file.
  const pdf = (await strapi.db
    .query('plugin::upload.file')
    .findOne({ where: { mime: 'application/pdf' }, select: ['id'] })) as { id: number } | null;
  if (!pdf) throw new Error('the demo content uploaded no PDF');
  const resources = documents('api::resource.resource');
  for (const resource of archiveResources()) {
    await resources.create({
      locale: 'en',
      status: 'published',
      data: {
        slug: resource.slug,
        title: resource.title,
        type: resource.type,
        summary: 'A short briefing kept for the record.',
        audiences: await Promise.all(resource.audiences.map((slug) => idOf('api::audience.audience', slug))),
        topics: await Promise.all(resource.topics.map((slug) => idOf('api::topic.topic', slug))),
        files: [{ language: 'en', file: pdf.id }],
      },
    });
  }
};
