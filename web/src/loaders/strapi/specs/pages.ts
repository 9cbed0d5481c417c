import { PagesIdsDocument, PagesPageDocument } from '@platform/shared-types';
import type { PageData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { toSeo } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<PageData, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const pagesSpec = defineCollectionSpec({
  contentType: 'api::page.page',
  pageQuery: PagesPageDocument,
  pageConnection: (result) => result.pages_connection,
  idsQuery: PagesIdsDocument,
  idsConnection: (result) => result.pages_connection,
  relations: {},
  toData: (node, ctx) =>
    ({
      ...entryBase(node),
      title: node.title,
      summary: node.summary,
      body: withAbsoluteImageUrls(node.body, ctx.cmsUrl),
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped, unknown>,
});
