/**
 * `astro:content` inside the preview bundle (astro.preview.config.mjs points the import here).
 * The site's pages and layouts read their collections with getCollection; in the preview they read
 * the content of the preview being rendered: the published site, with the entry on preview in
 * place of its published version (preview-content.ts). The preview server renders one preview at a
 * time (scripts/preview/server.ts), so the content of the render in progress is module state.
 * Entries have the shape Astro's own getCollection gives: `{ id, collection, data, digest }`.
 */
export type PreviewEntry = { id: string; collection: string; data: Record<string, unknown>; digest?: string };
export type PreviewCollections = ReadonlyMap<string, readonly PreviewEntry[]>;

let shown: PreviewCollections = new Map();

/** What the next getCollection calls read: set once per render, before the page renders. */
export const showPreviewContent = (collections: PreviewCollections): void => {
  shown = collections;
};

export const getCollection = async (
  collection: string,
  filter?: (entry: PreviewEntry) => unknown,
): Promise<PreviewEntry[]> => {
  const entries = [...(shown.get(collection) ?? [])];
  return filter ? entries.filter((entry) => filter(entry)) : entries;
};
