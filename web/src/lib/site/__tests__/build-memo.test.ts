/**
 * Per-build memos (build-memo.ts): a warm build worker runs many builds in one process and may
 * reuse a page module, so a memo must not outlive the build that made it.
 */
import type * as buildMemo from '../build-memo';
import { markBuildStart, once } from '../build-memo';

it('loads once per build and again after the next build starts', async () => {
  let loads = 0;
  const load = async () => ++loads;
  markBuildStart();
  expect(await once('news:en', load)).toBe(1);
  expect(await once('news:en', load)).toBe(1);
  markBuildStart();
  expect(await once('news:en', load)).toBe(2);
  expect(await once('news:en', load)).toBe(2);
});

it('shares the build mark with other copies of the module (the integration and the pages are two)', async () => {
  let loads = 0;
  const load = async () => ++loads;
  await once('settings:en', load);
  jest.isolateModules(() => {
    (jest.requireActual('../build-memo') as typeof buildMemo).markBuildStart();
  });
  expect(await once('settings:en', load)).toBe(2);
});
