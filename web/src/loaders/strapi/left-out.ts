/**
 * One bad entry never stops the site: the sync shapes and checks each entry on its own, leaves out
 * one that the site cannot publish (a slug it cannot use, a missing field, a link it refuses…),
 * builds everything else, and says what it left out, in an editor's words. The build writes that
 * list to SITE_LEFT_OUT_FILE (the rebuild service keeps it with the build and the CMS's Website
 * panel names each entry).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ZodType } from 'zod';
import { EntryProblem } from './shape/context';

export type LeftOutEntry = {
  /** The CMS content type, e.g. api::article.article (the admin's edit view is keyed by it). */
  type: string;
  documentId: string;
  locale: string;
  /** The entry's title or name as the CMS holds it (shortened), or null when it has none. */
  title: string | null;
  /** What is wrong, in plain words. */
  problem: string;
};

type Issue = { code: string; path: PropertyKey[]; message: string };

const MAX_TITLE = 200;
const MAX_PROBLEMS = 3;

/** The entry's own name for an editor: its title, name or term, shortened. */
export const titleOf = (node: object): string | null => {
  const record = node as Record<string, unknown>;
  const title = ['title', 'name', 'term', 'organisationName', 'heroTitle']
    .map((field) => record[field])
    .find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (title === undefined) return null;
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
};

/** `relatedResources` → "related resources"; list positions count from 1. */
export const fieldName = (issuePath: readonly PropertyKey[]): string =>
  issuePath
    .map((segment) =>
      typeof segment === 'number'
        ? `#${segment + 1}`
        : String(segment)
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase(),
    )
    .join(' › ');

const describeIssue = (issue: Issue): string => {
  // The site's own rules (slug, links) already speak an editor's words.
  if (issue.code === 'custom') return issue.message;
  const field = fieldName(issue.path) || 'content';
  if (issue.code === 'invalid_type' && /received (undefined|null)$/.test(issue.message)) {
    return `Its ${field} is missing.`;
  }
  if (issue.code === 'invalid_value') return `Its ${field} has a value the website does not know.`;
  return `Its ${field} is not in a form the website can use (${issue.message}).`;
};

/** An entry the CMS could not even return: required fields of its are empty (client.ts). */
export const emptyFieldsProblem = (fields: readonly string[]): string =>
  `Its ${fields.map((name) => fieldName([name])).join(' or ')} is missing, although the CMS requires it.`;

export const describeIssues = (issues: readonly Issue[]): string => {
  const problems = [...new Set(issues.map(describeIssue))];
  const shown = problems.slice(0, MAX_PROBLEMS).join(' ');
  return problems.length > MAX_PROBLEMS
    ? `${shown} (and ${problems.length - MAX_PROBLEMS} more problems)`
    : shown;
};

export type Checked = { ok: true; data: Record<string, unknown> } | { ok: false; problem: string };

/**
 * Shapes one entry and checks it against its collection's schema. Problems of the entry's own
 * content (EntryProblem, a schema refusal) become the reason it is left out; anything else (the
 * CMS unreachable, a file that cannot be downloaded) still fails the build.
 */
export const shapeAndCheck = async (
  schema: ZodType,
  shape: () => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<Checked> => {
  let data: Record<string, unknown>;
  try {
    data = await shape();
  } catch (error) {
    if (error instanceof EntryProblem) return { ok: false, problem: error.message };
    throw error;
  }
  const result = await schema.safeParseAsync(data);
  return result.success ? { ok: true, data } : { ok: false, problem: describeIssues(result.error.issues) };
};

/** Astro's own parse of an entry that passed the check: should it still refuse, the entry is left out. */
export const parseProblem = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return `The website could not read it: ${message.split('\n')[0] ?? message}`;
};

/** Writes the list for the rebuild service, whole or not at all (a reader never sees half a file). */
export const writeLeftOutReport = (file: string, entries: readonly LeftOutEntry[]): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(entries, null, 1)}\n`);
  renameSync(temporary, file);
};
