/**
 * The site's collections, by the name pages and content.config.ts use: the one list to extend
 * when the site gets a new collection (its spec file, with its query and schema, says the rest).
 * Everything else that lists collections is derived from here: the content config, the schemas
 * by name, the relations pages filter, which collections are localized and which are single types.
 */
import type { CollectionSpec, SingleSpec } from './spec';
import { directorySpec, organizationsSpec } from './specs/directory';
import { eventsSpec } from './specs/events';
import { newsSpec } from './specs/news';
import { pagesSpec } from './specs/pages';
import { projectsSpec } from './specs/projects';
import { resourcesSpec } from './specs/resources';
import { aboutSpec, homeSpec, settingsSpec } from './specs/singles';
import { audiencesSpec, glossarySpec, topicsSpec } from './specs/taxonomies';
import { tributesSpec } from './specs/tributes';

export const SITE_COLLECTIONS = {
  news: newsSpec,
  resources: resourcesSpec,
  projects: projectsSpec,
  tributes: tributesSpec,
  topics: topicsSpec,
  audiences: audiencesSpec,
  glossary: glossarySpec,
  pages: pagesSpec,
  directory: directorySpec,
  organizations: organizationsSpec,
  events: eventsSpec,
  settings: settingsSpec,
  home: homeSpec,
  about: aboutSpec,
} as const satisfies Record<string, CollectionSpec | SingleSpec>;

type Collections = typeof SITE_COLLECTIONS;
export type SiteCollectionName = keyof Collections;
/** Collections with entries per locale and slug (every one but the single types). */
export type LocalizedCollectionName = {
  [K in SiteCollectionName]: Collections[K] extends { kind: 'collection' } ? K : never;
}[SiteCollectionName];
export type SingleCollectionName = Exclude<SiteCollectionName, LocalizedCollectionName>;

export const SITE_COLLECTION_NAMES = Object.keys(SITE_COLLECTIONS) as SiteCollectionName[];

// Every relation must name a collection of this list (a typo fails the type check here).
type RelationTargets = {
  [K in SiteCollectionName]: Collections[K] extends { relations: infer R } ? R[keyof R] : never;
}[SiteCollectionName];
const relationTargetsAreCollections: [RelationTargets] extends [LocalizedCollectionName] ? true : never =
  true;
void relationTargetsAreCollections;

export const isLocalizedCollection = (name: SiteCollectionName): name is LocalizedCollectionName =>
  SITE_COLLECTIONS[name].kind === 'collection';

export const LOCALIZED_COLLECTION_NAMES = SITE_COLLECTION_NAMES.filter(isLocalizedCollection);

/** The spec of a collection type, by name (a relation's target); never a single type. */
export const collectionSpec = (name: string): CollectionSpec => {
  const spec = (SITE_COLLECTIONS as Record<string, CollectionSpec | SingleSpec>)[name];
  if (spec?.kind !== 'collection') throw new Error(`${name} is not a collection of the site`);
  return spec;
};

/** A collection's relation fields and the collection each links to. */
export const relationsOf = (
  name: LocalizedCollectionName,
): Readonly<Record<string, LocalizedCollectionName>> =>
  SITE_COLLECTIONS[name].relations as Readonly<Record<string, LocalizedCollectionName>>;
