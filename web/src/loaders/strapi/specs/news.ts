import { NewsPageDocument } from '@platform/shared-types';
import { newsSchema, type NewsData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { namedRefs, titledRefs } from '../shape/lists';
import { toSeo, toSharedImage } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<NewsData, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const newsSpec = defineCollectionSpec({
  contentType: 'api::article.article',
  schema: newsSchema,
  query: NewsPageDocument,
  connection: (result) => result.articles_connection,
  relations: { topics: 'topics', relatedResources: 'resources' },
  toData: (node, ctx) =>
    ({
      ...entryBase(node),
      title: node.title,
      summary: node.summary,
      body: withAbsoluteImageUrls(node.body, ctx),
      cover: toSharedImage(node.cover, ctx),
      category: node.category,
      topics: namedRefs(node.topics, 'topics', ctx.entryLabel),
      relatedResources: titledRefs(node.relatedResources, 'relatedResources', ctx.entryLabel),
      displayDate: node.displayDate,
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped, unknown>,
});
