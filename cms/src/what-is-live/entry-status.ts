/**
 * Whether one entry (one language of a document) is on the website, in editors' words, from the
 * CMS's own rows and the website's status (website-status/). Pure: everything is passed in.
 */
import { londonTime } from '../scheduling/london-time';
import { type WebsiteStatus } from '../website-status/website-status';

export type EntryLiveState = 'live' | 'waiting' | 'left-out' | 'failed' | 'not-published' | 'unknown';

export type EntryLiveStatus = {
  state: EntryLiveState;
  /** One or two plain sentences. */
  message: string;
  /** When this version was published (ISO), or null for a draft. */
  publishedAt: string | null;
  /** When the website was last updated (ISO), or null. */
  websiteUpdatedAt: string | null;
  /** The entry's page on the public site, when it has one and is live or about to be. */
  publicUrl: string | null;
  /** What is wrong, in plain words, when the last update left it out or failed. */
  problem: string | null;
  /** The schedule, in London time, when set. */
  publishAt: string | null;
  unpublishAt: string | null;
  checkedAt: string;
};

export type EntryFacts = {
  /** The published row's publishedAt (ISO), or null when this language is a draft only. */
  publishedAt: string | null;
  publishAt: Date | null;
  unpublishAt: Date | null;
  publicUrl: string | null;
  /** The problem named for this entry in the update's "left out" list, if it is there. */
  leftOutProblem: string | null;
};

const scheduleWords = (facts: EntryFacts): string => {
  const parts: string[] = [];
  if (facts.publishAt) parts.push(` It is scheduled to go live on ${londonTime(facts.publishAt)}.`);
  if (facts.unpublishAt)
    parts.push(` It is scheduled to come off the website on ${londonTime(facts.unpublishAt)}.`);
  return parts.join('');
};

export const entryLiveStatus = (facts: EntryFacts, website: WebsiteStatus, now: Date): EntryLiveStatus => {
  const base = {
    publishedAt: facts.publishedAt,
    websiteUpdatedAt: website.lastSuccessAt,
    publicUrl: null as string | null,
    problem: null as string | null,
    publishAt: facts.publishAt ? londonTime(facts.publishAt) : null,
    unpublishAt: facts.unpublishAt ? londonTime(facts.unpublishAt) : null,
    checkedAt: now.toISOString(),
  };
  const schedule = scheduleWords(facts);
  if (facts.publishedAt === null) {
    return {
      ...base,
      state: 'not-published',
      message: `This entry is not on the website: it is a draft.${schedule}`,
    };
  }
  if (facts.leftOutProblem !== null) {
    return {
      ...base,
      state: 'left-out',
      problem: facts.leftOutProblem,
      message:
        'This entry is published but not on the website: the last update left it out because something in it needs fixing. Fix it and publish it again.',
    };
  }
  const builtAfterPublish =
    website.lastSuccessAt !== null && Date.parse(website.lastSuccessAt) >= Date.parse(facts.publishedAt);
  if (builtAfterPublish) {
    return {
      ...base,
      state: 'live',
      publicUrl: facts.publicUrl,
      message: `This entry is live on the website.${schedule}`,
    };
  }
  if (website.state === 'failed' && website.lastError) {
    return {
      ...base,
      state: 'failed',
      problem: website.lastError.message,
      message: 'This version is published but not on the website yet: the last website update failed.',
    };
  }
  if (website.state === 'unknown') {
    return { ...base, state: 'unknown', publicUrl: facts.publicUrl, message: website.message };
  }
  return {
    ...base,
    state: 'waiting',
    publicUrl: facts.publicUrl,
    message: 'Published. Waiting for the website to update: this usually takes a minute or two.',
  };
};
