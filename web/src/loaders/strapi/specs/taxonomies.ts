import {
  AudiencesIdsDocument,
  AudiencesPageDocument,
  GlossaryIdsDocument,
  GlossaryPageDocument,
  TopicsIdsDocument,
  TopicsPageDocument,
} from '@platform/shared-types';
import type { AudienceData, GlossaryData, TopicData } from '../../../lib/cms/schemas';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped<T> = Omit<T, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const topicsSpec = defineCollectionSpec({
  contentType: 'api::topic.topic',
  pageQuery: TopicsPageDocument,
  pageConnection: (result) => result.topics_connection,
  idsQuery: TopicsIdsDocument,
  idsConnection: (result) => result.topics_connection,
  relations: {},
  toData: (node) =>
    ({ ...entryBase(node), name: node.name, description: node.description }) satisfies Record<
      keyof Shaped<TopicData>,
      unknown
    >,
});

export const audiencesSpec = defineCollectionSpec({
  contentType: 'api::audience.audience',
  pageQuery: AudiencesPageDocument,
  pageConnection: (result) => result.audiences_connection,
  idsQuery: AudiencesIdsDocument,
  idsConnection: (result) => result.audiences_connection,
  relations: {},
  toData: (node) =>
    ({ ...entryBase(node), name: node.name, description: node.description }) satisfies Record<
      keyof Shaped<AudienceData>,
      unknown
    >,
});

export const glossarySpec = defineCollectionSpec({
  contentType: 'api::glossary-term.glossary-term',
  pageQuery: GlossaryPageDocument,
  pageConnection: (result) => result.glossaryTerms_connection,
  idsQuery: GlossaryIdsDocument,
  idsConnection: (result) => result.glossaryTerms_connection,
  relations: {},
  toData: (node) =>
    ({ ...entryBase(node), term: node.term, definition: node.definition }) satisfies Record<
      keyof Shaped<GlossaryData>,
      unknown
    >,
});
