/**
 * Drill: the release directory cannot be written (a full disk, a read-only mount, wrong
 * ownership).
 *
 * The rebuild service as a child process (scripts/rebuild/main.ts) with a live release, serving
 * the site, and a stand-in build (scripts/rebuild/testing/fake-build.ts): the drill is about the
 * release directory, not Astro. Each way of breaking it must give a failed build whose recorded
 * error says in plain words that the release directory cannot be written and why, while the
 * live site answers every request from the previous release; once it is writable again, the next
 * build succeeds and goes live.
 *
 *  - disk full (ENOSPC) and read-only (EROFS): releases/ is a 2 MiB tmpfs of the drill's own,
 *    filled to the last byte, then remounted read-only. The service runs as root, as it may in
 *    a container: permissions would not stop it, a full or read-only disk does.
 *  - the whole data disk full (state.json, logs and releases on one 2 MiB tmpfs), filled after
 *    an event was accepted: the build still fails with that reason, a new event is refused with
 *    a 503 that says the disk is full, and the service (which also serves the site) stays up.
 *  - no permission (EACCES): the service runs as `nobody` and releases/ is made read-only to it.
 * The tmpfs cases need permission to mount (root with CAP_SYS_ADMIN, as in CI): without it they
 * fail and say so, rather than pass without checking anything.
 *
 * Ports 1727 (API) and 1728 (site), one service at a time.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withOutputOnFailure } from '../support/processes';
import { startRebuild, type RebuildProcess } from './support/rebuild';
import { report, seconds } from './support/report';
import { answersOtherThan, watchSite } from './support/site-watch';
import { canMount, mountSmallDisk, type SmallDisk } from './support/small-disk';
import { sleep } from '../support/wait';

const PORTS = { api: 1727, site: 1728 };
const ROOT = path.resolve(__dirname, '..', '..');
const FAKE_BUILD = path.join(ROOT, 'scripts/rebuild/testing/fake-build.ts');
const BUILD_WAIT_MS = 30_000;
const NOBODY = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;

const results: string[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'drill-release-dir-'));
// The service may run as nobody: it must reach its data dir and the build's control file.
chmodSync(tmp, 0o755);

/** A data dir and a fake-build control file for one service, owned by the user it runs as. */
const prepare = (name: string, owner?: { uid: number; gid: number }) => {
  const dir = path.join(tmp, name);
  const dataDir = path.join(dir, 'data');
  const releases = path.join(dataDir, 'releases');
  mkdirSync(releases, { recursive: true });
  const control = path.join(dir, 'control.json');
  writeFileSync(control, JSON.stringify({ pages: 5 }));
  if (owner) for (const p of [dir, dataDir, releases, control]) chownSync(p, owner.uid, owner.gid);
  return {
    dataDir,
    releases,
    extra: {
      REBUILD_COMMAND: `${JSON.stringify(process.execPath)} ${JSON.stringify(FAKE_BUILD)} ${JSON.stringify(control)}`,
    },
  };
};

const build = async (service: RebuildProcess, note: string) => {
  const before = await service.lastBuildNumber();
  await service.trigger(note);
  return service.waitForBuild(before, BUILD_WAIT_MS);
};

/** Starts the service and makes a first release live, the one each drill must protect. */
const startWithLiveRelease = async (options: Parameters<typeof startRebuild>[0]): Promise<RebuildProcess> => {
  const service = await startRebuild(options);
  await withOutputOnFailure(
    () => [service],
    async () => {
      expect(await build(service, 'drill: first release')).toMatchObject({ result: 'success', live: true });
    },
  );
  return service;
};

/**
 * Breaks the release directory, checks the failed build and the site, repairs it, checks the
 * next build. Returns the drill's summary for this case.
 */
const drill = async (
  service: RebuildProcess,
  what: string,
  breakIt: () => void,
  repair: () => void,
  expectedError: RegExp,
): Promise<string> => {
  const live = (await service.status()).live?.release;
  if (!live) throw new Error('no live release to protect');
  const watch = watchSite(`${service.siteUrl}/`);
  let answers;
  try {
    breakIt();
    const failed = await build(service, `drill: ${what}`);
    expect(failed).toMatchObject({ result: 'failed', live: false });
    expect(failed.error).toMatch(expectedError);
    expect((await service.status()).live?.release).toBe(live);
    expect(service.exited()).toBe(false);
    // The site is watched a while longer: a failed build must not take it down afterwards either.
    await sleep(1_500);
    repair();
    answers = await watch.stop();
    expect(answers.length).toBeGreaterThan(10);
    expect(answersOtherThan(answers, live)).toEqual([]);

    const recovered = await build(service, `drill: ${what}, repaired`);
    expect(recovered).toMatchObject({ result: 'success', live: true });
    const page = await fetch(`${service.siteUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-release')).toBe(recovered.release);
    return (
      `${what}: build #${failed.number} failed in ${seconds(failed.durationMs)}: "${failed.error}"; ` +
      `site answered ${answers.length}/${answers.length} requests 200 from the previous release; ` +
      `repaired, build #${recovered.number} live in ${seconds(recovered.durationMs)}`
    );
  } finally {
    await watch.stop();
  }
};

afterAll(() => {
  report('unwritable-release-dir', results.join(' | ') || 'no case ran');
  rmSync(tmp, { recursive: true, force: true });
});

const mountable = isRoot ? canMount() : { ok: false as const, reason: 'mounting a tmpfs needs root' };
/** The full-disk drills need a disk of their own: a tmpfs. */
const requireMount = (): void => {
  if (!mountable.ok) {
    throw new Error(`this drill mounts a 2 MiB tmpfs (run as root with CAP_SYS_ADMIN): ${mountable.reason}`);
  }
};

describe('releases/ on a tiny disk (service as root)', () => {
  let disk: SmallDisk | undefined;
  let service: RebuildProcess | undefined;

  beforeAll(async () => {
    requireMount();
    const { dataDir, releases, extra } = prepare('as-root');
    disk = mountSmallDisk(releases, 2048);
    service = await startWithLiveRelease({ apiPort: PORTS.api, sitePort: PORTS.site, dataDir, extra });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    disk?.unmount();
  }, 30_000);

  it('disk full: the build fails saying the release directory is full, the site stays, and it builds once there is space', async () => {
    let filler = '';
    await withOutputOnFailure(
      () => [service],
      async () => {
        results.push(
          await drill(
            service!,
            'disk full (ENOSPC)',
            () => {
              filler = disk!.fill();
            },
            () => rmSync(filler, { force: true }),
            /^the release directory \S+\/releases cannot be written: the disk is full \(ENOSPC\)/,
          ),
        );
      },
    );
  }, 90_000);

  it('read-only: the build fails saying the release directory is read-only, the site stays, and it builds once writable', async () => {
    await withOutputOnFailure(
      () => [service],
      async () => {
        results.push(
          await drill(
            service!,
            'read-only file system (EROFS)',
            () => disk!.readOnly(),
            () => disk!.readWrite(),
            /^the release directory \S+\/releases cannot be written: it is on a read-only file system \(EROFS\)/,
          ),
        );
      },
    );
  }, 90_000);
});

describe('the whole data disk full: state, logs and releases (service as root)', () => {
  let disk: SmallDisk | undefined;
  let service: RebuildProcess | undefined;
  let dataDir = '';

  beforeAll(async () => {
    requireMount();
    const prepared = prepare('whole-disk');
    dataDir = prepared.dataDir;
    rmSync(prepared.releases, { recursive: true });
    disk = mountSmallDisk(dataDir, 2048);
    service = await startWithLiveRelease({
      apiPort: PORTS.api,
      sitePort: PORTS.site,
      dataDir,
      // A hold long enough to fill the disk between the accepted event and the build.
      extra: {
        ...prepared.extra,
        REBUILD_IDLE_HOLD_MS: '1500',
        REBUILD_QUIET_MS: '1500',
        REBUILD_MAX_WAIT_MS: '3000',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    disk?.unmount();
  }, 30_000);

  it('a disk that fills up after an event was accepted: the build fails saying so, new events are refused plainly, the site and the service stay, and it builds once there is space', async () => {
    await withOutputOnFailure(
      () => [service],
      async () => {
        const active = service!;
        const live = (await active.status()).live?.release;
        if (!live) throw new Error('no live release to protect');
        const watch = watchSite(`${active.siteUrl}/`);
        try {
          const before = await active.lastBuildNumber();
          await active.trigger('drill: accepted, then the disk fills');
          const filler = disk!.fill();
          const failed = await active.waitForBuild(before, BUILD_WAIT_MS);
          expect(failed).toMatchObject({ result: 'failed', live: false });
          expect(failed.error).toMatch(
            /^the release directory \S+\/releases cannot be written: the disk is full \(ENOSPC\)/,
          );

          // While full, a new event cannot be saved: refused, and the reason says why.
          const refused = await fetch(`${active.apiUrl}/trigger`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${active.secret}` },
          });
          const refusal = (await refused.json()) as { error?: string };
          expect(refused.status).toBe(503);
          expect(refusal.error).toBe(
            'the rebuild service cannot save to its data directory: the disk is full (ENOSPC)',
          );
          await sleep(1_500);
          expect(active.exited()).toBe(false);
          expect((await active.status()).live?.release).toBe(live);
          rmSync(filler, { force: true });
          const answers = await watch.stop();
          expect(answers.length).toBeGreaterThan(10);
          expect(answersOtherThan(answers, live)).toEqual([]);

          const recovered = await build(active, 'drill: space again');
          expect(recovered).toMatchObject({ result: 'success', live: true });
          // Saved again now: the failed build is in the state on disk, not only in memory.
          const saved = JSON.parse(readFileSync(path.join(dataDir, 'state.json'), 'utf8')) as {
            history: Array<{ number?: number; result?: string }>;
          };
          expect(saved.history).toContainEqual(
            expect.objectContaining({ number: failed.number, result: 'failed' }),
          );
          results.push(
            `whole disk full (ENOSPC) after the event was accepted: build #${failed.number} failed: "${failed.error}"; ` +
              `a new event refused with HTTP 503 "${refusal.error}"; site answered ${answers.length}/${answers.length} ` +
              `requests 200 from the previous release; space freed, build #${recovered.number} live in ${seconds(recovered.durationMs)}`,
          );
        } finally {
          await watch.stop();
        }
      },
    );
  }, 90_000);
});

describe('releases/ not writable by the service (service as nobody)', () => {
  let service: RebuildProcess | undefined;
  let releases = '';

  beforeAll(async () => {
    const prepared = prepare('as-nobody', isRoot ? NOBODY : undefined);
    releases = prepared.releases;
    service = await startWithLiveRelease({
      apiPort: PORTS.api,
      sitePort: PORTS.site,
      dataDir: prepared.dataDir,
      extra: prepared.extra,
      // As root, chmod would not stop the service: it runs as nobody. Otherwise as ourselves.
      ...(isRoot ? { user: NOBODY } : {}),
    });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  }, 30_000);

  it('no permission: the build fails saying the service may not write there, the site stays, and it builds once allowed', async () => {
    await withOutputOnFailure(
      () => [service],
      async () => {
        results.push(
          await drill(
            service!,
            'no permission (EACCES)',
            () => chmodSync(releases, 0o555),
            () => chmodSync(releases, 0o755),
            /^the release directory \S+\/releases cannot be written: the rebuild service has no permission to write there \(EACCES\)/,
          ),
        );
      },
    );
  }, 90_000);
});
