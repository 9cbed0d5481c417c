/**
 * The part of the rebuild service's GET /status answer (scripts/rebuild/status-report.ts) that
 * the CMS reads. Parsed, not trusted: an answer of another shape becomes state "unknown".
 */
import { z } from 'zod';

const buildRecord = z.object({
  kind: z.literal('build'),
  finishedAt: z.string(),
  result: z.enum(['success', 'failed', 'interrupted']),
  error: z.string().optional(),
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
