/**
 * What the CMS tells the admin panel about the public website. Shared by the server route and
 * the admin widget (type-only import there), so both sides agree on one shape.
 */
export type WebsiteState = 'live' | 'updating' | 'queued' | 'failed' | 'unknown';

export type WebsiteFailure = {
  /** Plain words for communications staff, e.g. "The last update failed: ... still online." */
  message: string;
  /** The first line of the technical reason, for whoever fixes it. */
  details: string;
  /** When the failed attempt ended (ISO). */
  failedAt: string;
};

export type WebsiteStatus = {
  state: WebsiteState;
  /** One or two plain sentences describing the state. */
  message: string;
  /** When an update last went online successfully (ISO), or null if never. */
  lastSuccessAt: string | null;
  /** The most recent failed update, unless a later one succeeded. */
  lastError: WebsiteFailure | null;
  /** The release id the public site is serving, or null if nothing is online yet. */
  currentRelease: string | null;
  /** When the running update started (ISO), while updating. */
  updateStartedAt: string | null;
  /** More changes are waiting for the next update. */
  moreChangesWaiting: boolean;
  /** When the CMS asked the website service (ISO). */
  checkedAt: string;
};
