/** Resources as the library lists and filters them. */
import { intlTag, type Locale } from '../../i18n/locales';
import type { ResourceData } from '../cms/schemas';
import { RESOURCE_TYPES } from '../cms/schemas';
import { languageLabel } from './languages';
import { FILTER_FACETS, type FilterFacet, type ResourceFacets } from './resource-filter';

/** The languages a resource has files in, each once. */
export const resourceLanguages = (resource: ResourceData): string[] => [
  ...new Set(resource.files.map((file) => file.language)),
];

/** A resource's filter values: audience and topic slugs, file language codes, its type. */
export const resourceFacets = (resource: ResourceData): ResourceFacets => ({
  audience: resource.audiences.map((audience) => audience.slug),
  topic: resource.topics.map((topic) => topic.slug),
  language: resourceLanguages(resource),
  type: [resource.type],
});

/** A filter choice, with how many guides have it. */
export type FacetOption = { value: string; label: string; count: number };
export type FacetOptions = Record<FilterFacet, FacetOption[]>;

/** The choices each filter offers: only values at least one resource has, in a sensible order. */
export const facetOptions = (
  resources: readonly ResourceData[],
  locale: Locale,
  typeLabel: (type: ResourceData['type']) => string,
): FacetOptions => {
  const collator = new Intl.Collator(intlTag(locale));
  const byLabel = (a: FacetOption, b: FacetOption) => collator.compare(a.label, b.label);
  const counts = new Map<string, number>();
  for (const resource of resources) {
    const facets = resourceFacets(resource);
    for (const facet of FILTER_FACETS) {
      for (const value of new Set(facets[facet])) {
        counts.set(`${facet}:${value}`, (counts.get(`${facet}:${value}`) ?? 0) + 1);
      }
    }
  }
  const countOf = (facet: FilterFacet, value: string) => counts.get(`${facet}:${value}`) ?? 0;
  const named = (facet: 'audience' | 'topic', refs: Array<{ slug: string; name: string }>) =>
    [
      ...new Map(
        refs.map((ref) => [ref.slug, { value: ref.slug, label: ref.name, count: countOf(facet, ref.slug) }]),
      ).values(),
    ].sort(byLabel);
  const languages = [
    ...new Set(resources.flatMap((resource) => resource.files.map((file) => file.language))),
  ];
  const types = new Set(resources.map((resource) => resource.type));
  return {
    audience: named(
      'audience',
      resources.flatMap((resource) => resource.audiences),
    ),
    topic: named(
      'topic',
      resources.flatMap((resource) => resource.topics),
    ),
    // The reader's own language first, then the rest alphabetically.
    language: languages
      .map((code) => ({ value: code, label: languageLabel(code, locale), count: countOf('language', code) }))
      .sort((a, b) => (a.value === locale ? -1 : b.value === locale ? 1 : byLabel(a, b))),
    type: RESOURCE_TYPES.filter((type) => types.has(type)).map((type) => ({
      value: type,
      label: typeLabel(type),
      count: countOf('type', type),
    })),
  };
};

/** The library's order: alphabetical by title in the reader's language. */
export const sortResources = (resources: readonly ResourceData[], locale: Locale): ResourceData[] => {
  const collator = new Intl.Collator(intlTag(locale), { numeric: true });
  return [...resources].sort((a, b) => collator.compare(a.title, b.title));
};
