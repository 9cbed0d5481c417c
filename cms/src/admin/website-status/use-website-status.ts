/**
 * Polls the CMS's GET /website-status (never the rebuild service directly): every few seconds
 * while the site is updating, less often otherwise, and not while the tab is hidden.
 */
import { useEffect, useState } from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import { type WebsiteStatus } from '../../website-status/website-status';
import { refreshDelayMs } from './display';

export type WebsiteStatusResult = {
  status: WebsiteStatus | undefined;
  /** The last request failed (e.g. the CMS restarted); a previous status may still be shown. */
  failed: boolean;
};

export const useWebsiteStatus = (): WebsiteStatusResult => {
  const [result, setResult] = useState<WebsiteStatusResult>({ status: undefined, failed: false });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let lastState: WebsiteStatus['state'] | undefined;
    let inFlight = false;
    // Our own controller per mount (useFetchClient's is aborted for good by StrictMode's re-mount).
    const controller = new AbortController();
    const { get } = getFetchClient({ signal: controller.signal });

    const check = async (): Promise<void> => {
      if (stopped || inFlight) return;
      clearTimeout(timer);
      inFlight = true;
      if (document.visibilityState === 'visible') {
        try {
          const { data } = await get<WebsiteStatus>('/website-status');
          if (stopped) return;
          lastState = data.state;
          setResult({ status: data, failed: false });
        } catch {
          if (stopped) return;
          setResult((previous) => ({ status: previous.status, failed: true }));
        }
      }
      inFlight = false;
      if (!stopped) timer = setTimeout(() => void check(), refreshDelayMs(lastState));
    };
    // Coming back to the tab: check at once rather than wait for the next turn.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') void check();
    };

    void check();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  return result;
};
