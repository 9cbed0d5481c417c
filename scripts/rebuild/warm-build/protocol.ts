/** Messages between the rebuild service and its warm build worker (Node IPC, JSON). */

/** Service -> worker: build the site into `outDir`, with these extra environment variables… */
export type BuildRequest =
  | { type: 'build'; id: number; outDir: string; env: Record<string, string> }
  /** …or bring the search index of the (live) site in `siteDir` up to date. */
  | { type: 'search-index'; id: number; siteDir: string }
  /** …or, while idle, copy the cached pages into `outDir` for the next build (incremental-output.ts). */
  | { type: 'prepare'; id: number; outDir: string };

/** Worker -> service. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; ok: true; rssBytes: number }
  | { type: 'done'; id: number; ok: false; error: string; rssBytes: number }
  | { type: 'search-indexed'; id: number; ok: true; pages: number; files: number; removed: number }
  | { type: 'search-indexed'; id: number; ok: false; error: string }
  | { type: 'prepared'; id: number; ok: true; files: number }
  | { type: 'prepared'; id: number; ok: false; error: string };

export const isWorkerMessage = (value: unknown): value is WorkerMessage =>
  typeof value === 'object' &&
  value !== null &&
  ['ready', 'done', 'search-indexed', 'prepared'].includes((value as { type?: unknown }).type as string);
