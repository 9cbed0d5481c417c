/** The generated abstract images the demo content uses (covers and the tribute portrait). */
import type { SeedImage } from './types';

export const IMAGES = {
  'cover-links': {
    design: 'links',
    seed: 11,
    name: 'demo-cover-open-rings.jpg',
    alternativeText: 'Teal and coral rings in a row on a cream background, one ring open in yellow',
  },
  'cover-sunrise': {
    design: 'sunrise',
    seed: 23,
    name: 'demo-cover-sunrise.jpg',
    alternativeText: 'Soft half circles in yellow, coral and teal rising from the bottom edge',
  },
  'portrait-bloom': {
    design: 'bloom',
    seed: 5,
    width: 900,
    height: 900,
    name: 'demo-portrait-bloom.jpg',
    alternativeText: 'An abstract flower of coral and yellow petals around a teal centre',
  },
  'cover-paths': {
    design: 'paths',
    seed: 37,
    name: 'demo-cover-paths.jpg',
    alternativeText: 'Wide curved lines in teal, yellow and coral crossing a cream background',
  },
  'cover-waves': {
    design: 'waves',
    seed: 41,
    name: 'demo-cover-waves.jpg',
    alternativeText: 'Layers of gentle waves in teal, yellow and coral',
  },
  'cover-hills': {
    design: 'hills',
    seed: 53,
    name: 'demo-cover-hills.jpg',
    alternativeText: 'Rounded hills in teal and coral under a yellow sun',
  },
  'cover-circles': {
    design: 'circles',
    seed: 67,
    name: 'demo-cover-circles.jpg',
    alternativeText: 'Overlapping soft circles in teal, yellow and coral',
  },
  'cover-circles-small': {
    design: 'circles',
    seed: 71,
    name: 'demo-cover-circles-2.jpg',
    alternativeText: 'Scattered circles of different sizes in the charity colours',
  },
} as const satisfies Record<string, SeedImage>;

export type ImageKey = keyof typeof IMAGES;
