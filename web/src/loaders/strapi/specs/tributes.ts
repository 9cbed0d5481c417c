import { TributesPageDocument } from '@platform/shared-types';
import { tributesSchema, type TributeData } from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { toSeo, toSharedImage } from '../shape/media';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped = Omit<TributeData, 'localizations' | 'updatedAt' | 'publishedAt'>;

/** Consent fields are private in the CMS: GraphQL does not expose them and they are not queried. */
export const tributesSpec = defineCollectionSpec({
  contentType: 'api::tribute.tribute',
  schema: tributesSchema,
  query: TributesPageDocument,
  connection: (result) => result.tributes_connection,
  relations: {},
  toData: (node, ctx) =>
    ({
      ...entryBase(node),
      name: node.name,
      roleLine: node.roleLine,
      dates: node.dates,
      portrait: toSharedImage(node.portrait, ctx),
      body: withAbsoluteImageUrls(node.body, ctx),
      displayDate: node.displayDate,
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped, unknown>,
});
