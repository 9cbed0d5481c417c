/**
 * The part of the rebuild service's GET /status answer (scripts/rebuild/status-report.ts) that
 * the CMS reads. Parsed, not trusted: an answer of another shape becomes state "unknown".
 */
import { z } from 'zod';

/** An entry the build left out of the site (scripts/rebuild/left-out.ts). */
const leftOutEntry = z.object({
  type: z.string(),
  documentId: z.string(),
  locale: z.string(),
  title: z.string().nullable(),
  problem: z.string(),
});
export type RebuildLeftOutEntry = z.infer<typeof leftOutEntry>;

const buildRecord = z.object({
  kind: z.literal('build'),
  release: z.string().optional(),
  finishedAt: z.string(),
  result: z.enum(['success', 'failed', 'interrupted']),
  live: z.boolean().optional(),
  error: z.string().optional(),
  leftOut: z.array(leftOutEntry).optional(),
  leftOutCount: z.number().int().optional(),
});
const rollbackRecord = z.object({ kind: z.literal('rollback'), at: z.string() });
// Records of kinds this CMS does not know yet are skipped rather than rejecting the answer.
const otherRecord = z.object({ kind: z.string() });

export const rebuildReportSchema = z.object({
  state: z.enum(['idle', 'building', 'queued']),
  queued: z.boolean().optional(),
  live: z.object({ release: z.string(), since: z.string().nullable() }).nullable(),
  running: z.object({ startedAt: z.string() }).nullable().optional(),
  lastSuccess: z.object({ finishedAt: z.string() }).nullable().optional(),
  history: z.array(z.union([buildRecord, rollbackRecord, otherRecord])).default([]),
});
export type RebuildReport = z.infer<typeof rebuildReportSchema>;
export type RebuildHistoryRecord = RebuildReport['history'][number];
