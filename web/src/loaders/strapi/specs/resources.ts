import { ResourcesPageDocument } from '@platform/shared-types';
import { resourcesSchema, type ResourceData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { fullList, namedRefs, titledRefs } from '../shape/lists';
import { toSeo } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<ResourceData, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const resourcesSpec = defineCollectionSpec({
  contentType: 'api::resource.resource',
  schema: resourcesSchema,
  query: ResourcesPageDocument,
  connection: (result) => result.resources_connection,
  relations: { audiences: 'audiences', topics: 'topics', supersededBy: 'resources', relatedArticles: 'news' },
  hasFiles: true,
  toData: async (node, ctx) => {
    const files = [];
    // One at a time: a first build may download many files, and the CMS is not a CDN.
    for (const item of fullList(node.files, 'files', ctx.entryLabel)) {
      files.push({ language: item.language, label: item.label, ...(await ctx.materialiseFile(item.file)) });
    }
    const supersededBy = node.supersededBy
      ? {
          documentId: node.supersededBy.documentId,
          slug: node.supersededBy.slug,
          title: node.supersededBy.title,
        }
      : null;
    return {
      ...entryBase(node),
      title: node.title,
      summary: node.summary,
      description: node.description == null ? null : withAbsoluteImageUrls(node.description, ctx),
      type: node.type,
      audiences: namedRefs(node.audiences, 'audiences', ctx.entryLabel),
      topics: namedRefs(node.topics, 'topics', ctx.entryLabel),
      files,
      externalUrl: node.externalUrl,
      lastReviewed: node.lastReviewed,
      nextReview: node.nextReview,
      supersededBy,
      featured: node.featured ?? false,
      relatedArticles: titledRefs(node.relatedArticles, 'relatedArticles', ctx.entryLabel),
      seo: toSeo(node.seo, ctx),
    } satisfies Record<keyof Shaped, unknown>;
  },
});
