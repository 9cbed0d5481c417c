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

/** An entry the last update left out of the website, for an editor to fix. */
export type LeftOutEntry = {
  /** The content type's name, e.g. "News article". */
  typeName: string;
  /** The entry's title or name, or null when it has none. */
  title: string | null;
  /** The language of the entry (a locale code, e.g. "ar"). */
  locale: string;
  /** What is wrong with it, in plain words. */
  problem: string;
  /** Its edit view inside the admin (a path under the admin's own address), or null. */
  editPath: string | null;
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
  /**
   * Entries not on the website because something in them needs fixing: those the live version
   * was built without, or those the last failed update could not use.
   */
  leftOut: LeftOutEntry[];
  /** How many entries were left out in all (leftOut may hold only the first hundred). */
  leftOutCount: number;
  /** When the CMS asked the website service (ISO). */
  checkedAt: string;
};
