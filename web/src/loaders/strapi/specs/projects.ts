import { ProjectsPageDocument } from '@platform/shared-types';
import { projectsSchema, type ProjectData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { fullList, titledRefs } from '../shape/lists';
import { toImage, toSeo, toSharedImage } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<ProjectData, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const projectsSpec = defineCollectionSpec({
  contentType: 'api::partner-project.partner-project',
  schema: projectsSchema,
  query: ProjectsPageDocument,
  connection: (result) => result.partnerProjects_connection,
  relations: { relatedArticles: 'news', relatedResources: 'resources' },
  toData: (node, ctx) =>
    ({
      ...entryBase(node),
      name: node.name,
      summary: node.summary,
      body: withAbsoluteImageUrls(node.body, ctx),
      partners: fullList(node.partners, 'partners', ctx.entryLabel).map((partner) => ({
        name: partner.name,
        url: partner.url,
        // The partner's name is shown beside the logo, so an empty alt is the right default.
        logo: toImage(partner.logo, partner.logoAlt ?? '', null, ctx),
        description: partner.description,
      })),
      projectStatus: node.projectStatus,
      startDate: node.startDate,
      endDate: node.endDate,
      cover: toSharedImage(node.cover, ctx),
      relatedArticles: titledRefs(node.relatedArticles, 'relatedArticles', ctx.entryLabel),
      relatedResources: titledRefs(node.relatedResources, 'relatedResources', ctx.entryLabel),
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped, unknown>,
});
