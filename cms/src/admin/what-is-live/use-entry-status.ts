/**
 * Polls the CMS's GET /what-is-live for one entry: every few seconds while the website is
 * updating, calmly otherwise, and again whenever the entry is saved or published.
 */
import { useEffect, useState } from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import { type EntryLiveStatus } from '../../what-is-live/entry-status';

export type EntryStatusResult = { status: EntryLiveStatus | undefined; failed: boolean };

export const refreshDelayMs = (state: EntryLiveStatus['state'] | undefined): number =>
  state === 'waiting' ? 3_000 : state === undefined || state === 'unknown' ? 15_000 : 30_000;

export const useEntryStatus = (
  uid: string,
  documentId: string,
  locale: string,
  version: string,
): EntryStatusResult => {
  const [result, setResult] = useState<EntryStatusResult>({ status: undefined, failed: false });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const controller = new AbortController();
    const { get } = getFetchClient({ signal: controller.signal });
    const path = `/what-is-live/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`;
    const check = async (): Promise<void> => {
      let state: EntryLiveStatus['state'] | undefined;
      try {
        const { data } = await get<EntryLiveStatus>(path);
        if (stopped) return;
        state = data.state;
        setResult({ status: data, failed: false });
      } catch {
        if (stopped) return;
        setResult((previous) => ({ status: previous.status, failed: true }));
      }
      if (!stopped) timer = setTimeout(() => void check(), refreshDelayMs(state));
    };
    void check();
    return () => {
      stopped = true;
      controller.abort();
      clearTimeout(timer);
    };
  }, [uid, documentId, locale, version]);
  return result;
};
