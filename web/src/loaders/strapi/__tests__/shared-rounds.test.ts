/**
 * The loaders of one build read the locales, media fingerprint and sync index once between them;
 * the next build (a new config object, as Astro makes for every build) or a later sync of the
 * same one reads them afresh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { ZodType } from 'zod';
import { newsSchema, resourcesSchema, settingsSchema, topicsSchema } from '../../../lib/cms/schemas';
import type { SiteCollectionName } from '../collections';
import { strapiLoader } from '../loader';
import { createSharedRounds } from '../shared-rounds';
import type { SyncRound } from '../sync-round';
import { indexOf } from '../sync-index';
import { startFakeCms, type FakeCms } from './helpers/fake-cms';
import { fakeContext, type FakeContext } from './helpers/fake-context';
import { articleNode, at } from './helpers/nodes';

let cms: FakeCms;
let root: string;

beforeEach(async () => {
  cms = await startFakeCms({ locales: ['en', 'ar'] });
  root = mkdtempSync(path.join(os.tmpdir(), 'loader-rounds-'));
});
afterEach(async () => {
  await cms.close();
  rmSync(root, { recursive: true, force: true });
});

const COLLECTIONS: Array<[SiteCollectionName, ZodType]> = [
  ['news', newsSchema],
  ['resources', resourcesSchema],
  ['topics', topicsSchema],
  ['settings', settingsSchema],
];

type Build = { config: object; contexts: Map<SiteCollectionName, FakeContext> };
const newBuild = (previous?: Build): Build => ({
  config: { root: pathToFileURL(`${root}/`) },
  contexts: new Map(
    COLLECTIONS.map(([name, schema]) => [name, previous?.contexts.get(name) ?? fakeContext(name, schema)]),
  ),
});
/** Runs every collection's loader at once, as Astro does, with the build's config object. */
const runLoaders = (build: Build) =>
  Promise.all(
    COLLECTIONS.map(([name]) =>
      strapiLoader({ collection: name, url: cms.url, token: cms.token }).load({
        ...build.contexts.get(name)!,
        config: build.config,
      } as unknown as LoaderContext),
    ),
  );
const count = (operationName: string) => cms.requests.filter((r) => r.operationName === operationName).length;

describe('one sync round per build', () => {
  it('reads the index, locales and media fingerprint once for all loaders of a build', async () => {
    cms.documents.news = [articleNode(1)];
    await runLoaders(newBuild());

    expect([count('SiteSyncIndex'), count('SiteLocales'), count('MediaLibraryFingerprint')]).toEqual([
      1, 1, 1,
    ]);
  });

  it('reads a fresh index for the next build in the same process', async () => {
    cms.documents.news = [articleNode(1)];
    const first = newBuild();
    await runLoaders(first);
    Object.assign(cms.documents.news[0]!, { title: 'Edited', updatedAt: at(30) });

    await runLoaders(newBuild(first));

    expect(count('SiteSyncIndex')).toBe(2);
    expect(first.contexts.get('news')?.entries.get('en/article-1')?.data.title).toBe('Edited');
  });

  it('reads a fresh index when the same build syncs again (astro dev)', async () => {
    cms.documents.news = [articleNode(1)];
    const build = newBuild();
    await runLoaders(build);
    Object.assign(cms.documents.news[0]!, { title: 'Edited', updatedAt: at(30) });

    await runLoaders(build);

    expect(count('SiteSyncIndex')).toBe(2);
    expect(build.contexts.get('news')?.entries.get('en/article-1')?.data.title).toBe('Edited');
  });
});

describe('createSharedRounds', () => {
  const fakeRound = (): SyncRound => ({
    locales: async () => ['en'],
    mediaFingerprint: async () => '0:',
    index: async () => indexOf([]),
    leftOut: [],
  });

  it('shares a round only between runs of one build and CMS that overlap', async () => {
    const rounds = createSharedRounds();
    const started: SyncRound[] = [];
    const start = () => {
      const round = fakeRound();
      started.push(round);
      return round;
    };
    const buildA = {};
    const buildB = {};
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const seen: SyncRound[] = [];
    const run = (build: object, cms: string, wait?: Promise<void>) =>
      rounds.run(build, cms, start, async (round) => {
        seen.push(round);
        await wait;
      });

    const overlapping = [
      run(buildA, 'cms-1', held),
      run(buildA, 'cms-1'),
      run(buildB, 'cms-1'),
      run(buildA, 'cms-2'),
    ];
    release();
    await Promise.all(overlapping);
    expect(started).toHaveLength(3);
    expect(seen[0]).toBe(seen[1]);
    expect(new Set(seen).size).toBe(3);

    await run(buildA, 'cms-1');
    expect(started).toHaveLength(4);
  });
});
