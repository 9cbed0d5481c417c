/**
 * Walks every page of a Strapi `_connection` query and proves the list is complete: the number of
 * nodes must equal the `pageInfo.total` the CMS reported, or the build stops. A list that quietly
 * stops at a page size is the failure this exists to prevent.
 */
export type PageInfo = { page: number; pageSize: number; pageCount: number; total: number };
export type Connection<TNode> = { nodes: TNode[]; pageInfo: PageInfo };

export class IncompleteListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IncompleteListError';
  }
}

export type WalkResult<TNode> = { nodes: TNode[]; requests: number };

export const walkAllPages = async <TNode>(
  /** Names the list in errors, e.g. "news (locale ar)". */
  label: string,
  fetchPage: (page: number) => Promise<Connection<TNode> | null | undefined>,
): Promise<WalkResult<TNode>> => {
  const first = await fetchPage(1);
  if (!first)
    throw new IncompleteListError(
      `${label}: the CMS returned no list (is the type readable by the build token?)`,
    );
  const { total, pageCount } = first.pageInfo;
  const nodes = [...first.nodes];
  let requests = 1;
  for (let page = 2; page <= pageCount; page += 1) {
    const next = await fetchPage(page);
    requests += 1;
    if (!next)
      throw new IncompleteListError(`${label}: the CMS returned no list for page ${page} of ${pageCount}`);
    if (next.pageInfo.total !== total) {
      throw new IncompleteListError(
        `${label}: the CMS's count changed from ${total} to ${next.pageInfo.total} while reading (content edited during the build?): build again`,
      );
    }
    nodes.push(...next.nodes);
  }
  if (nodes.length !== total) {
    throw new IncompleteListError(
      `${label}: the CMS reported ${total} entries but ${nodes.length} arrived over ${pageCount} page(s) of ${first.pageInfo.pageSize}`,
    );
  }
  return { nodes, requests };
};
