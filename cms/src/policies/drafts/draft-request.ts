/**
 * The one rule for content-API reads: visitors' content is read published-only. Strapi lets any
 * caller allowed `find` ask for drafts (strapi/strapi#25326), and its publication filters reveal
 * which documents have unpublished changes, so a request naming any of them is refused rather
 * than quietly rewritten.
 */

/** Parameters (REST query keys and GraphQL arguments) that reach unpublished content. */
export const DRAFT_PARAMETERS = ['status', 'publicationFilter', 'hasPublishedVersion'] as const;

export const DRAFTS_REFUSED =
  'Drafts cannot be read through the content API: only published content is available. Leave out "status" (or use status=published).';

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** Strapi's enum value is `published` in REST and `PUBLISHED` (or `published`) in GraphQL. */
const isPublishedStatus = (value: unknown): boolean =>
  typeof value === 'string' && value.toLowerCase() === 'published';

/**
 * Why this read is refused, in words a developer acts on; undefined when it asks only for
 * published content. An absent status passes: the content API's own default is `published`.
 */
export const draftRequestProblem = (
  params: Readonly<Record<string, unknown>> | undefined,
): string | undefined => {
  if (!params) return undefined;
  if (!isAbsent(params.status) && !isPublishedStatus(params.status)) return DRAFTS_REFUSED;
  for (const name of DRAFT_PARAMETERS) {
    if (name === 'status') continue;
    if (!isAbsent(params[name])) {
      return `"${name}" cannot be used through the content API: it describes unpublished drafts, which are not available here.`;
    }
  }
  return undefined;
};

/**
 * The same rule for a document-service read, where an absent status means the draft: for a
 * type with draft and publish only an explicit `published` is a published read. (Types without
 * draft and publish ignore the status for themselves, but pass it down to the relations they
 * populate, so a draft status is refused there too.)
 */
export const documentReadProblem = (
  params: Readonly<Record<string, unknown>> | undefined,
  { draftAndPublish }: { draftAndPublish: boolean },
): string | undefined =>
  draftAndPublish && isAbsent(params?.status) ? DRAFTS_REFUSED : draftRequestProblem(params);
