import { AudiencesPageDocument, GlossaryPageDocument, TopicsPageDocument } from '@platform/shared-types';
import {
  audiencesSchema,
  glossarySchema,
  topicsSchema,
  type AudienceData,
  type GlossaryData,
  type TopicData,
} from '../../../lib/cms/schemas';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped<T> = Omit<T, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const topicsSpec = defineCollectionSpec({
  contentType: 'api::topic.topic',
  schema: topicsSchema,
  query: TopicsPageDocument,
  connection: (result) => result.topics_connection,
  relations: {},
  toData: (node) =>
    ({ ...entryBase(node), name: node.name, description: node.description }) satisfies Record<
      keyof Shaped<TopicData>,
      unknown
    >,
});

export const audiencesSpec = defineCollectionSpec({
  contentType: 'api::audience.audience',
  schema: audiencesSchema,
  query: AudiencesPageDocument,
  connection: (result) => result.audiences_connection,
  relations: {},
  toData: (node) =>
    ({ ...entryBase(node), name: node.name, description: node.description }) satisfies Record<
      keyof Shaped<AudienceData>,
      unknown
    >,
});

export const glossarySpec = defineCollectionSpec({
  contentType: 'api::glossary-term.glossary-term',
  schema: glossarySchema,
  query: GlossaryPageDocument,
  connection: (result) => result.glossaryTerms_connection,
  relations: {},
  toData: (node) =>
    ({ ...entryBase(node), term: node.term, definition: node.definition }) satisfies Record<
      keyof Shaped<GlossaryData>,
      unknown
    >,
});
