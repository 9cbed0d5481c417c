import { EntryProblem } from './context';

/**
 * Every to-many relation and repeatable component is queried with `limit: 100`, the CMS maximum.
 * A list that comes back that long may have been cut short, so the entry is left out rather than
 * published with a silently shortened list.
 */
export const RELATION_LIMIT = 100;

export const fullList = <T>(
  items: ReadonlyArray<T | null> | null | undefined,
  field: string,
  entryLabel: string,
): T[] => {
  const list = (items ?? []).filter((item): item is T => item !== null);
  if (list.length >= RELATION_LIMIT) {
    throw new EntryProblem(
      `Its list '${field}' has ${list.length} items, the most the website can read at once, so it may be incomplete: keep it under ${RELATION_LIMIT} (${entryLabel}).`,
    );
  }
  return list;
};

/** Relation targets as the contract's small refs (drops the updatedAt the loader uses for sync). */
export const titledRefs = (
  items: ReadonlyArray<{ documentId: string; slug: string; title: string } | null> | null | undefined,
  field: string,
  entryLabel: string,
) => fullList(items, field, entryLabel).map(({ documentId, slug, title }) => ({ documentId, slug, title }));

export const namedRefs = (
  items: ReadonlyArray<{ documentId: string; slug: string; name: string } | null> | null | undefined,
  field: string,
  entryLabel: string,
) => fullList(items, field, entryLabel).map(({ documentId, slug, name }) => ({ documentId, slug, name }));
