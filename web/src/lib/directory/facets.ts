/** The directory's filters as data, shared by the build and the filter script (no build-time imports). */
import type { FilterIndex } from '../site/filter-index';

/** The filters the directory's form offers, in the order the filter index stores them. */
export const DIRECTORY_FACETS = ['area', 'who', 'language'] as const;
export type DirectoryFacet = (typeof DIRECTORY_FACETS)[number];
/** One chosen value per filter; a missing one means "all". */
export type DirectoryFilterState = Partial<Record<DirectoryFacet, string>>;
export type DirectoryIndex = FilterIndex<DirectoryFacet>;
