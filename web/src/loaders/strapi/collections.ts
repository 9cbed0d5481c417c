/** Which spec fills which site collection (the names content.config.ts uses). */
import type { SiteCollectionName } from './names';
import type { CollectionSpec, SingleSpec } from './spec';
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
  settings: settingsSpec,
  home: homeSpec,
  about: aboutSpec,
} as const satisfies Record<SiteCollectionName, CollectionSpec | SingleSpec>;

export type { SiteCollectionName };
