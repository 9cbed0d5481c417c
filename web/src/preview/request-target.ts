/**
 * Which entry the request being served previews, as the preview server (scripts/preview) checked
 * it from the signed link: handed to the bundle's page through an AsyncLocalStorage, never through
 * anything a request carries, so only a request the server let through has a target. One store on
 * globalThis, because the server and the bundle each load their own copy of this file. No
 * relative imports: the server loads this file with Node's own type stripping.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type PreviewTarget = {
  uid: string;
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
};

const KEY = Symbol.for('charity.preview-target');
type Holder = { [KEY]?: AsyncLocalStorage<PreviewTarget> };

const storage = (): AsyncLocalStorage<PreviewTarget> => {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AsyncLocalStorage<PreviewTarget>();
  return holder[KEY];
};

/** Runs `serve` with `target` as the preview of everything it does. */
export const withPreviewTarget = <T>(target: PreviewTarget, serve: () => T): T =>
  storage().run(target, serve);

/** The target of the request being served; undefined for any request the server did not check. */
export const previewTarget = (): PreviewTarget | undefined => storage().getStore();
