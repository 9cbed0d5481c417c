/** GraphQL-shaped documents for the fake CMS, with every field the site's queries ask for. */
import type { FakeNode } from './fake-cms';

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export const at = (second: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

export const topicNode = (documentId: string, locale: string, name: string, updatedAt = at(0)) => ({
  documentId,
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  updatedAt,
});

export const articleNode = (
  n: number,
  overrides: Partial<FakeNode> & { locale?: string } = {},
): FakeNode => ({
  documentId: `doc${String(n).padStart(4, '0')}`,
  locale: 'en',
  updatedAt: at(1),
  publishedAt: at(1),
  slug: `article-${n}`,
  title: `Article ${n}`,
  summary: `Summary ${n}`,
  body: paragraph(`Body ${n}`),
  category: 'news',
  displayDate: null,
  cover: null,
  topics: [],
  relatedResources: [],
  seo: null,
  ...overrides,
});

export const resourceNode = (
  n: number,
  files: Array<{ language: string; url: string; name: string }>,
): FakeNode => ({
  documentId: `res${n}`,
  locale: 'en',
  updatedAt: at(1),
  publishedAt: at(1),
  slug: `resource-${n}`,
  title: `Resource ${n}`,
  summary: 'A guide',
  description: null,
  type: 'guide',
  externalUrl: null,
  lastReviewed: '2026-01-01',
  nextReview: null,
  featured: false,
  audiences: [],
  topics: [],
  files: files.map((file) => ({
    language: file.language,
    label: null,
    file: {
      url: file.url,
      name: file.name,
      ext: '.pdf',
      mime: 'application/pdf',
      size: 1.2,
      hash: `hash_${file.url}`,
      width: null,
      height: null,
      alternativeText: null,
      updatedAt: at(1),
    },
  })),
  supersededBy: null,
  relatedArticles: [],
  seo: null,
});
