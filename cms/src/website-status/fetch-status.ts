/**
 * Asks the rebuild service for its status, server to server, with a short timeout. Every
 * failure becomes an "unknown" status in plain words; nothing here throws.
 */
import { type DescribeType } from './left-out';
import { toWebsiteStatus, unknownStatus, UNREADABLE_ANSWER } from './map-status';
import { type WebsiteStatus } from './website-status';

/** Long enough for a busy service on a small machine, short enough that the widget stays responsive. */
export const STATUS_TIMEOUT_MS = 3000;

export const NOT_CONFIGURED =
  'This CMS is not connected to the website service, so it cannot show whether the website is up to date.';
export const NOT_ANSWERING =
  'The website service is not answering, so the state of the website is not known. Changes you publish may not reach the website until it answers again; if this lasts more than a few minutes, tell whoever looks after the website.';

export type FetchStatusOptions = {
  url: string | undefined;
  now?: () => Date;
  timeoutMs?: number;
  /** Told why the service could not be read (for the CMS log). */
  onProblem?: (problem: string) => void;
  /** Names content types for the entries an update left out (and links their edit view). */
  describeType?: DescribeType;
};

export const fetchWebsiteStatus = async ({
  url,
  now = () => new Date(),
  timeoutMs = STATUS_TIMEOUT_MS,
  onProblem,
  describeType,
}: FetchStatusOptions): Promise<WebsiteStatus> => {
  if (url === undefined) return unknownStatus(NOT_CONFIGURED, now());
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    onProblem?.(
      `website service unreachable at ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return unknownStatus(NOT_ANSWERING, now());
  }
  if (!response.ok) {
    onProblem?.(`website service answered ${response.status} at ${url}`);
    await response.body?.cancel().catch(() => undefined);
    return unknownStatus(NOT_ANSWERING, now());
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    onProblem?.(`website service sent something other than JSON at ${url}`);
    return unknownStatus(UNREADABLE_ANSWER, now());
  }
  const status = toWebsiteStatus(body, now(), describeType);
  if (status.message === UNREADABLE_ANSWER)
    onProblem?.(`website service sent an unexpected status shape at ${url}`);
  return status;
};
