/** What one seed run did, by seed key, for the runner's summary line and for tests. */
export type SeedReport = {
  /** Keys created in this run. */
  created: string[];
  /** Keys found in the ledger: seeded before, so never touched again. */
  alreadySeeded: number;
  /** Keys whose content an editor already made (same slug or locale): left as the editor made it. */
  leftAlone: string[];
  /** Keys not created because what they belong to was deleted or belongs to an editor. */
  skipped: string[];
  /** Files uploaded to the media library in this run. */
  uploads: number;
  durationMs: number;
  /** Time each step took, by step name: where to look if the seed gets slow. */
  stepDurationsMs: Record<string, number>;
};

export const emptyReport = (): SeedReport => ({
  created: [],
  alreadySeeded: 0,
  leftAlone: [],
  skipped: [],
  uploads: 0,
  durationMs: 0,
  stepDurationsMs: {},
});

export const summariseReport = (report: SeedReport): string =>
  `demo content: ${report.created.length} created, ${report.alreadySeeded} already seeded (left as they are), ` +
  `${report.leftAlone.length} made by editors (left alone), ${report.skipped.length} skipped, ` +
  `${report.uploads} files uploaded, in ${(report.durationMs / 1000).toFixed(1)} s`;
