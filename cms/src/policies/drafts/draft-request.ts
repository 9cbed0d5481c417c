/**
 * The one rule both content-API guards (REST and GraphQL) apply: visitors' content is read
 * published-only. Strapi lets any caller allowed `find` ask for drafts (strapi/strapi#25326),
 * and its publication filters reveal which documents have unpublished changes, so a request
 * naming any of them is refused rather than quietly rewritten.
 */

/** Parameters (REST query keys and GraphQL arguments) that reach unpublished content. */
export const DRAFT_PARAMETERS = ['status', 'publicationFilter', 'hasPublishedVersion'] as const;

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** Strapi's enum value is `published` in REST and `PUBLISHED` (or `published`) in GraphQL. */
const isPublishedStatus = (value: unknown): boolean =>
  typeof value === 'string' && value.toLowerCase() === 'published';

/**
 * Why this read is refused, in words a developer acts on; undefined when it asks only for
 * published content.
 */
export const draftRequestProblem = (
  params: Readonly<Record<string, unknown>> | undefined,
): string | undefined => {
  if (!params) return undefined;
  if (!isAbsent(params.status) && !isPublishedStatus(params.status)) {
    return 'Drafts cannot be read through the content API: only published content is available. Leave out "status" (or use status=published).';
  }
  for (const name of DRAFT_PARAMETERS) {
    if (name === 'status') continue;
    if (!isAbsent(params[name])) {
      return `"${name}" cannot be used through the content API: it describes unpublished drafts, which are not available here.`;
    }
  }
  return undefined;
};
