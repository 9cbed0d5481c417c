/**
 * Keeps asking the live site for a page while a drill breaks things, and remembers every answer:
 * "the site kept serving" is then a fact about each of those requests, not one lucky check.
 */
import { sleep } from '../../support/wait';

export type SiteAnswer = { at: number; status: number | 'no answer'; release: string | null; bytes: number };

export type SiteWatch = {
  /** Stops polling and returns every answer since the start. */
  stop: () => Promise<SiteAnswer[]>;
};

export const watchSite = (url: string, intervalMs = 100): SiteWatch => {
  const answers: SiteAnswer[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
        const body = await response.arrayBuffer();
        answers.push({
          at,
          status: response.status,
          release: response.headers.get('x-release'),
          bytes: body.byteLength,
        });
      } catch {
        answers.push({ at, status: 'no answer', release: null, bytes: 0 });
      }
      await sleep(intervalMs);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return answers;
    },
  };
};

/** Answers that were not a 200 from `release`, for an assertion that lists them. */
export const answersOtherThan = (answers: SiteAnswer[], release: string): SiteAnswer[] =>
  answers.filter((a) => a.status !== 200 || a.release !== release || a.bytes === 0);
