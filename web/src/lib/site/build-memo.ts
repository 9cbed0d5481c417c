/**
 * Reads memoised for the rest of one build. A warm build worker (scripts/rebuild/warm-build) runs
 * build after build in one Node process, and a compiled page module whose code did not change is
 * the same module in the next build: a memo must not carry one build's content into the next.
 * The site's build integration marks each build's start (`markBuildStart`, build-extras.ts); a
 * memo made in an earlier build is dropped. The mark lives on globalThis because the integration
 * and the pages are separate module instances of this file.
 */
const BUILD_RUN = Symbol.for('site.build-run');
type Marked = { [BUILD_RUN]?: number };

export const markBuildStart = (): void => {
  const marked = globalThis as Marked;
  marked[BUILD_RUN] = (marked[BUILD_RUN] ?? 0) + 1;
};

const currentRun = (): number => (globalThis as Marked)[BUILD_RUN] ?? 0;

let memoRun = currentRun();
const memo = new Map<string, Promise<unknown>>();

/** The value `load` gives for `key`, loaded once per build. */
export const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
  if (memoRun !== currentRun()) {
    memo.clear();
    memoRun = currentRun();
  }
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.set(key, value);
  }
  return value;
};
