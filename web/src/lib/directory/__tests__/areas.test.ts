import type { ServiceArea } from '../../cms/schemas/directory';
import { placeSlug, placesOf, servesPlace } from '../areas';

const area = (
  nation: ServiceArea['nation'],
  region: string | null = null,
  localAuthority: string | null = null,
) => ({
  nation,
  region,
  localAuthority,
});

const wholeEngland = [area('england')];
const london = [area('england', 'London')];
const camden = [area('england', 'London', 'Camden')];
const leeds = [area('england', 'Yorkshire and the Humber', 'Leeds')];
const glasgow = [area('scotland', null, 'Glasgow City')];
const services = [wholeEngland, london, camden, leeds, glasgow];
const places = placesOf(services);
const place = (path: string) => {
  const found = places.find((p) => p.path === path);
  if (!found) throw new Error(`no place ${path}`);
  return found;
};

describe('directory areas', () => {
  it('names a page for each nation, region and local authority, nations first', () => {
    expect(places.map((p) => p.path)).toEqual([
      'england',
      'scotland',
      'england/london',
      'england/yorkshire-and-the-humber',
      'england/camden',
      'england/leeds',
      'scotland/glasgow-city',
    ]);
  });

  it('makes slugs by the slug rule, whatever the name', () => {
    expect(placeSlug('Derry City & Strabane')).toBe('derry-city-and-strabane');
    expect(placeSlug('Ynys Môn')).toBe('ynys-mon');
    expect(placeSlug('<script>')).toBe('script');
    expect(placeSlug('---')).toMatch(/^place-[a-z0-9]+$/);
    expect(placeSlug('بلفاست')).toMatch(/^place-[a-z0-9]+$/);
  });

  it.each([
    ['england', [true, true, true, true, false]],
    ['england/london', [true, true, true, false, false]],
    ['england/camden', [true, true, true, false, false]],
    ['england/leeds', [true, false, false, true, false]],
    ['scotland', [false, false, false, false, true]],
  ])('%s lists whole-nation, its region and its own services', (path, expected) => {
    expect(services.map((areas) => servesPlace(areas, place(path)))).toEqual(expected);
  });
});
