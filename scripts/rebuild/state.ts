/**
 * The service's durable memory (<dataDir>/state.json): events waiting for a build, the build
 * in progress, and the history of builds and rollbacks, newest first.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file.ts';
import { leftOutEntrySchema } from './left-out.ts';

const acceptedEventSchema = z.object({
  /** Sequence number, unique for the data dir; a build records every id it covers. */
  id: z.number().int(),
  event: z.string(),
  /** `reconcile`: the service found the site behind the CMS (a lost webhook; reconcile.ts). */
  source: z.enum(['webhook', 'manual', 'reconcile']),
  receivedAt: z.string(),
  model: z.string().optional(),
  uid: z.string().optional(),
  documentId: z.string().optional(),
  locale: z.string().optional(),
  note: z.string().optional(),
  /** A manual trigger may accept a release with far fewer pages. */
  allowShrink: z.boolean().optional(),
});
export type AcceptedEvent = z.infer<typeof acceptedEventSchema>;

const buildRecordSchema = z.object({
  kind: z.literal('build'),
  number: z.number().int(),
  release: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  result: z.enum(['success', 'failed', 'interrupted']),
  /** True when this build's release was made live. */
  live: z.boolean(),
  pageCount: z.number().int().optional(),
  error: z.string().optional(),
  logTail: z.array(z.string()).optional(),
  /** Entries the build left out of the site (it went live without them), and how many in all. */
  leftOut: z.array(leftOutEntrySchema).optional(),
  leftOutCount: z.number().int().optional(),
  /** The search index, brought up to date after the swap (warm build worker only). */
  searchIndex: z
    .object({ result: z.enum(['updated', 'failed']), durationMs: z.number(), error: z.string().optional() })
    .optional(),
  /** What the CMS published just before the build read it (content-fingerprint.ts). */
  contentFingerprint: z.string().optional(),
  events: z.array(acceptedEventSchema),
});
export type BuildRecord = z.infer<typeof buildRecordSchema>;

const rollbackRecordSchema = z.object({
  kind: z.literal('rollback'),
  at: z.string(),
  from: z.string().nullable(),
  to: z.string(),
});
export type RollbackRecord = z.infer<typeof rollbackRecordSchema>;
export type HistoryRecord = BuildRecord | RollbackRecord;

const runningSchema = z.object({
  number: z.number().int(),
  release: z.string(),
  startedAt: z.string(),
  /** The build's process group, recorded once it is spawned. */
  pid: z.number().int().optional(),
  contentFingerprint: z.string().optional(),
  events: z.array(acceptedEventSchema),
});
export type RunningBuild = z.infer<typeof runningSchema>;

const stateSchema = z.object({
  version: z.literal(1),
  nextEventId: z.number().int(),
  nextBuildNumber: z.number().int(),
  /** Accepted events no build has started on yet: the queued trigger. */
  pending: z.array(acceptedEventSchema),
  running: runningSchema.nullable(),
  history: z.array(z.discriminatedUnion('kind', [buildRecordSchema, rollbackRecordSchema])),
});
export type ServiceState = z.infer<typeof stateSchema>;

export const emptyState = (): ServiceState => ({
  version: 1,
  nextEventId: 1,
  nextBuildNumber: 1,
  pending: [],
  running: null,
  history: [],
});

export const statePath = (dataDir: string): string => path.join(dataDir, 'state.json');

export type LoadedState = { state: ServiceState; problem?: string };

/**
 * Reads state.json. An unreadable file is set aside (never deleted) and the service starts
 * afresh, reporting the problem, rather than refusing to publish.
 */
export const loadState = (dataDir: string, now: Date): LoadedState => {
  const file = statePath(dataDir);
  if (!existsSync(file)) return { state: emptyState() };
  try {
    return { state: stateSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch (error) {
    const aside = `${file}.unreadable-${now.getTime()}`;
    renameSync(file, aside);
    const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
    return { state: emptyState(), problem: `state.json could not be read (${reason}); kept as ${aside}` };
  }
};

export const saveState = (dataDir: string, state: ServiceState): void => {
  writeFileAtomic(statePath(dataDir), `${JSON.stringify(state)}\n`);
};
