/** What the global setup hands to the global teardown (both run in jest's main process). */
import type { SeededSite } from '../../web/tests/support/seeded-site';
import type { SiteServer } from './site-server';

export type RunState = { server: SiteServer; built: SeededSite | undefined };

const KEY = Symbol.for('e2e.run-state');
type Holder = { [KEY]?: RunState };

export const setRunState = (state: RunState): void => {
  (globalThis as Holder)[KEY] = state;
};

export const takeRunState = (): RunState | undefined => {
  const state = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return state;
};
