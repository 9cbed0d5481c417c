/**
 * "Now" for one build, from one place: which events are upcoming and which are archived is
 * decided against it, so every page of a build agrees, and tests set it (SITE_BUILD_NOW). Taken
 * once per build (a warm build worker runs a build a day in one process: never a stale "now").
 */
import { siteEnv } from '../../env';
import { once } from './build-memo';

export const buildNow = (): Promise<Date> =>
  once('build-now', async () => {
    const fixed = siteEnv().SITE_BUILD_NOW;
    return fixed ? new Date(fixed) : new Date();
  });
