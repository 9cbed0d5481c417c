/** How each state looks and how often the widget asks again. Pure, so it is unit-tested. */
import { type WebsiteState } from '../../website-status/website-status';

export type StatusVariant = 'success' | 'secondary' | 'warning' | 'danger' | 'neutral';

export const stateVariant: Record<WebsiteState, StatusVariant> = {
  live: 'success',
  updating: 'secondary',
  queued: 'warning',
  failed: 'danger',
  unknown: 'neutral',
};

/** Every few seconds while something is happening; calmly otherwise. */
export const refreshDelayMs = (state: WebsiteState | undefined): number => {
  if (state === 'updating' || state === 'queued') return 4_000;
  if (state === 'unknown' || state === undefined) return 15_000;
  return 30_000;
};

export type RelativeTime =
  { kind: 'just-now' } | { kind: 'relative'; value: number; unit: 'minute' | 'hour' | 'day' };

/** "just now" under a minute, then whole minutes, hours, days in the past. */
export const relativeTime = (iso: string, now: Date): RelativeTime => {
  const seconds = Math.max(0, (now.getTime() - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds) || seconds < 60) return { kind: 'just-now' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { kind: 'relative', value: -minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { kind: 'relative', value: -hours, unit: 'hour' };
  return { kind: 'relative', value: -Math.floor(hours / 24), unit: 'day' };
};
