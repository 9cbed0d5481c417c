/**
 * Turns the rebuild service's technical failure reason into words for communications staff.
 * The reasons come from scripts/rebuild (run-build.ts, verify-release.ts, service.ts).
 */
const MAX_DETAILS = 300;

const REASONS: Array<{ pattern: RegExp; words: string }> = [
  {
    pattern: /^the release directory .* cannot be written/i,
    words: "the website server's disk is full or cannot be written to (ask whoever looks after the server)",
  },
  { pattern: /^Cannot reach the CMS/i, words: 'the website could not read the content from the CMS' },
  {
    pattern: /^Site settings are not published/i,
    words:
      'the site settings are not published, or something in them needs fixing (see below if they are listed)',
  },
  { pattern: /timed out/i, words: 'it took too long and was stopped' },
  {
    pattern: /^the build (output has no|has \d+ pages)/i,
    words: 'the new version looked incomplete, so it was not put online',
  },
  { pattern: /could not be published/i, words: 'the new version could not be put online' },
  {
    pattern: /stopped while this build was running/i,
    words: 'the website service was restarted during the update',
  },
];

/** The first line of a technical message, shortened for display. */
export const firstLine = (text: string): string => {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > MAX_DETAILS ? `${trimmed.slice(0, MAX_DETAILS - 1)}…` : trimmed;
};

export const explainFailure = (error: string | undefined, somethingIsOnline: boolean): string => {
  const reason = REASONS.find((r) => r.pattern.test(error ?? ''))?.words ?? 'the site could not be built';
  const consequence = somethingIsOnline
    ? 'The previous version is still online.'
    : 'Nothing has been put online yet.';
  return `The last update failed: ${reason}. ${consequence}`;
};
