type NodeBase = {
  documentId: string;
  locale: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
};

/** Identity and timestamps of a single-type entry (localizations are added by the sync). */
export const singleBase = (node: NodeBase) => ({
  documentId: node.documentId,
  locale: node.locale,
  updatedAt: node.updatedAt,
  publishedAt: node.publishedAt,
});

/** Identity, slug and timestamps of a collection entry (localizations are added by the sync). */
export const entryBase = (node: NodeBase & { slug: string }) => ({ ...singleBase(node), slug: node.slug });
