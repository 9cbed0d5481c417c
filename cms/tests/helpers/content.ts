/**
 * Minimal valid content for every site content type, for tests that need real documents.
 * Each builder takes a short key that keeps titles and slugs unique within a test.
 */
import type { Core } from '@strapi/strapi';
import type { SiteContentType } from '../../src/content/site-content-types';

/** A Strapi blocks (rich text) value with one paragraph. */
export const richText = (text: string): unknown[] => [
  { type: 'paragraph', children: [{ type: 'text', text }] },
];

export const minimalContent: Record<SiteContentType, (key: string) => Record<string, unknown>> = {
  'api::article.article': (key) => ({
    title: `Article ${key}`,
    slug: `article-${key}`,
    summary: `Summary of article ${key}`,
    body: richText(`Body of article ${key}`),
  }),
  'api::resource.resource': (key) => ({
    title: `Resource ${key}`,
    slug: `resource-${key}`,
    summary: `Summary of resource ${key}`,
    externalUrl: `https://example.org/resources/${key}`,
  }),
  'api::partner-project.partner-project': (key) => ({
    name: `Project ${key}`,
    slug: `project-${key}`,
    summary: `Summary of project ${key}`,
    body: richText(`Body of project ${key}`),
    partners: [{ name: `Partner ${key}`, url: `https://partner-${key}.example.org` }],
  }),
  'api::tribute.tribute': (key) => ({
    name: `Person ${key}`,
    slug: `person-${key}`,
    body: richText(`Remembering ${key}`),
  }),
  'api::topic.topic': (key) => ({ name: `Topic ${key}`, slug: `topic-${key}` }),
  'api::audience.audience': (key) => ({ name: `Audience ${key}`, slug: `audience-${key}` }),
  'api::glossary-term.glossary-term': (key) => ({
    term: `Term ${key}`,
    slug: `term-${key}`,
    definition: `What ${key} means`,
  }),
  'api::page.page': (key) => ({ title: `Page ${key}`, slug: `page-${key}`, body: richText(`Page ${key}`) }),
  'api::organization.organization': (key) => ({ name: `Organisation ${key}`, slug: `organisation-${key}` }),
  'api::service.service': (key) => ({
    name: `Service ${key}`,
    slug: `service-${key}`,
    description: `What service ${key} does`,
    serviceAreas: [{ nation: 'wales' }],
  }),
  'api::event.event': (key) => ({
    title: `Event ${key}`,
    slug: `event-${key}`,
    summary: `Summary of event ${key}`,
    body: richText(`Body of event ${key}`),
    startsAt: '2030-06-01T09:00:00.000Z',
    endsAt: '2030-06-01T16:00:00.000Z',
    attendance: 'online',
  }),
  'api::site-setting.site-setting': (key) => ({
    organisationName: `Charity ${key}`,
    emergencyNotice: 'We are not an emergency service. In an emergency call 999.',
    quickExitUrl: 'https://www.bbc.co.uk/weather',
  }),
  'api::home-page.home-page': (key) => ({
    heroTitle: `Welcome ${key}`,
    heroText: 'Free legal help for children.',
  }),
  'api::about.about': (key) => ({
    title: `About ${key}`,
    mission: 'Our mission.',
    vision: richText('Our vision.'),
    method: richText('Our method.'),
  }),
};

type DocumentsApi = {
  create: (params: Record<string, unknown>) => Promise<{ documentId: string }>;
  update: (params: Record<string, unknown>) => Promise<{ documentId: string } | null>;
  publish: (params: Record<string, unknown>) => Promise<unknown>;
};

/** The document service for `uid`, loosely typed: tests build their data at run time. */
export const documents = (strapi: Core.Strapi, uid: string): DocumentsApi =>
  strapi.documents(uid as never) as unknown as DocumentsApi;

/** Creates a document and publishes it; returns its documentId. */
export const createPublished = async (
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  locale?: string,
): Promise<string> => {
  const doc = await documents(strapi, uid).create({
    data,
    status: 'published',
    ...(locale ? { locale } : {}),
  });
  return doc.documentId;
};

/** Creates a draft that has never been published; returns its documentId. */
export const createDraft = async (
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
): Promise<string> => (await documents(strapi, uid).create({ data })).documentId;

/** REST path and GraphQL root field names of a content type, as Strapi derives them. */
export const apiNames = (strapi: Core.Strapi, uid: string) => {
  const contentType = strapi.contentType(uid as never) as unknown as {
    kind: 'collectionType' | 'singleType';
    info: { singularName: string; pluralName: string };
  };
  const naming = (
    strapi.plugin('graphql').service('utils') as {
      naming: {
        getFindQueryName: (ct: unknown) => string;
        getFindOneQueryName: (ct: unknown) => string;
        getTypeName: (ct: unknown) => string;
      };
    }
  ).naming;
  const collection = contentType.kind === 'collectionType';
  return {
    collection,
    restPath: `/api/${collection ? contentType.info.pluralName : contentType.info.singularName}`,
    graphqlField: collection ? naming.getFindQueryName(contentType) : naming.getFindOneQueryName(contentType),
    graphqlType: naming.getTypeName(contentType),
  };
};
