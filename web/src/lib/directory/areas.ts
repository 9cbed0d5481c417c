/**
 * Where directory services work: the places the site has a page for (nations, the regions and
 * local authorities editors named) and which services each place lists. A service that covers a
 * whole nation is listed on every page in it; one that covers a region, on the region's page and
 * its local authorities' pages. The browser filter uses the same answers: the directory's filter
 * index lists, for each service, the places whose pages list it (directory-pages.ts).
 */
import type { Nation, ServiceArea } from '../cms/schemas/directory';
import { NATIONS } from '../cms/schemas/directory';

export type PlaceKind = 'nation' | 'region' | 'localAuthority';
export type Place = {
  kind: PlaceKind;
  nation: Nation;
  /** The place's name as editors wrote it (nations: none, the page names them in the reader's language). */
  name: string | null;
  /** The path under the directory's area pages: `england` or `england/camden`. */
  path: string;
  /** For a local authority, the region an editor placed it in (if any). */
  region: string | null;
};

/** A URL segment for a place name: lowercase letters, digits and single hyphens (the slug rule). */
export const placeSlug = (name: string): string => {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === ''
    ? `place-${[...name].reduce((hash, char) => (hash * 31 + char.codePointAt(0)!) >>> 0, 7).toString(36)}`
    : slug;
};

export const nationSlug = (nation: Nation): string => nation.replace(/_/g, '-');

const same = (a: string | null, b: string | null): boolean =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** Every place named in these services' areas, nations first, each kind sorted by name. */
export const placesOf = (areaLists: ReadonlyArray<readonly ServiceArea[]>): Place[] => {
  const areas = areaLists.flat();
  const byPath = new Map<string, Place>();
  for (const nation of NATIONS) {
    if (areas.some((area) => area.nation === nation)) {
      byPath.set(nationSlug(nation), {
        kind: 'nation',
        nation,
        name: null,
        path: nationSlug(nation),
        region: null,
      });
    }
  }
  const add = (place: Place) => {
    // Two names that make the same path in one nation: the first (a region before an authority) wins.
    if (!byPath.has(place.path)) byPath.set(place.path, place);
  };
  for (const area of areas) {
    if (area.region) {
      add({
        kind: 'region',
        nation: area.nation,
        name: area.region,
        path: `${nationSlug(area.nation)}/${placeSlug(area.region)}`,
        region: null,
      });
    }
  }
  for (const area of areas) {
    if (area.localAuthority) {
      add({
        kind: 'localAuthority',
        nation: area.nation,
        name: area.localAuthority,
        path: `${nationSlug(area.nation)}/${placeSlug(area.localAuthority)}`,
        region: area.region,
      });
    }
  }
  const order: Record<PlaceKind, number> = { nation: 0, region: 1, localAuthority: 2 };
  return [...byPath.values()].sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      NATIONS.indexOf(a.nation) - NATIONS.indexOf(b.nation) ||
      (a.name ?? '').localeCompare(b.name ?? '', 'en'),
  );
};

/** Whether a service with these areas works in `place` (see the rule at the top). */
export const servesPlace = (areas: readonly ServiceArea[], place: Place): boolean =>
  areas.some((area) => {
    if (area.nation !== place.nation) return false;
    const wholeNation = !area.region && !area.localAuthority;
    if (place.kind === 'nation' || wholeNation) return true;
    if (place.kind === 'region') return same(area.region, place.name);
    if (area.localAuthority) return same(area.localAuthority, place.name);
    // A region-wide area covers an authority an editor placed in that region.
    return place.region !== null && same(area.region, place.region);
  });
