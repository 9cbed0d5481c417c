/**
 * What the rebuild service's warm worker asks of one build, passed explicitly by `buildSite`
 * (src/build/index.ts) and read by the integration and the loader that need it. Held on
 * globalThis for the length of that one build, because Astro loads the config, the integrations
 * and the loader as module instances of their own (as build-memo.ts). A build started by
 * `astro build` has none: the search index is then the build command's next step, once Astro has
 * exited (src/build/cli.mjs), and the left-out list goes to SITE_LEFT_OUT_FILE if the build
 * command's environment names one (src/env.ts).
 */
export type SiteBuildOptions = {
  /** Where Astro writes the site. */
  outDir: string;
  /**
   * `in-build`: the build writes the search index (in the worker, which keeps Astro loaded
   * anyway). `after-swap`: the build leaves it out; the rebuild service carries the live index
   * along and updates it once the new pages are live.
   */
  searchIndex: 'in-build' | 'after-swap';
  /** Where the build writes the entries it left out (loaders/strapi/left-out.ts). */
  leftOutFile?: string;
};

const SLOT = Symbol.for('site.build-options');
type Slot = { [SLOT]?: SiteBuildOptions };

/** The options of the build now running in this process, if a caller passed any. */
export const currentBuildOptions = (): SiteBuildOptions | undefined => (globalThis as Slot)[SLOT];

/** Runs `build` with `options` visible to the site's modules, and only for its length. */
export const withBuildOptions = async <T>(options: SiteBuildOptions, build: () => Promise<T>): Promise<T> => {
  const slot = globalThis as Slot;
  slot[SLOT] = options;
  try {
    return await build();
  } finally {
    delete slot[SLOT];
  }
};
