// The schemas use `zod` directly: it is the same single copy Astro re-exports as `astro/zod`
// (node_modules/zod), and unlike `astro/zod` it also loads in jest's CommonJS unit tests.
export * from './base';
export * from './blocks';
export * from './media';
export * from './collections';
export * from './directory';
export * from './events';
