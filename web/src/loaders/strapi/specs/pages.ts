import { PagesPageDocument } from '@platform/shared-types';
import { pagesSchema, type PageData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { toSeo } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<PageData, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const pagesSpec = defineCollectionSpec({
  contentType: 'api::page.page',
  schema: pagesSchema,
  query: PagesPageDocument,
  connection: (result) => result.pages_connection,
  relations: {},
  toData: (node, ctx) =>
    ({
      ...entryBase(node),
      title: node.title,
      summary: node.summary,
      body: withAbsoluteImageUrls(node.body, ctx),
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped, unknown>,
});
