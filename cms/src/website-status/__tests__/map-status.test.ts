import { toWebsiteStatus, UNREADABLE_ANSWER } from '../map-status';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const LIVE = { release: '20261120-095500-0007', since: '2026-11-20T09:56:00.000Z' };
const success = (finishedAt: string) => ({
  kind: 'build',
  number: 7,
  release: LIVE.release,
  startedAt: '2026-11-20T09:55:00.000Z',
  finishedAt,
  durationMs: 60000,
  result: 'success',
  live: true,
  events: [],
});
const failure = (error: string, finishedAt = '2026-11-20T09:58:00.000Z') => ({
  ...success(finishedAt),
  number: 8,
  release: '20261120-095700-0008',
  result: 'failed',
  live: false,
  error,
});

/** A report as scripts/rebuild/status-report.ts writes it. */
const report = (overrides: Record<string, unknown> = {}) => ({
  state: 'idle',
  queued: false,
  live: LIVE,
  running: null,
  pending: null,
  lastSuccess: { number: 7, release: LIVE.release, finishedAt: '2026-11-20T09:56:00.000Z' },
  lastEventId: 12,
  history: [success('2026-11-20T09:56:00.000Z')],
  ...overrides,
});

describe('toWebsiteStatus', () => {
  it('reports an idle service whose last build succeeded as live, with when and which release', () => {
    const status = toWebsiteStatus(report(), NOW);
    expect(status).toEqual({
      state: 'live',
      message: 'The website is up to date with everything published.',
      lastSuccessAt: '2026-11-20T09:56:00.000Z',
      lastError: null,
      currentRelease: LIVE.release,
      updateStartedAt: null,
      moreChangesWaiting: false,
      leftOut: [],
      leftOutCount: 0,
      checkedAt: NOW.toISOString(),
    });
  });

  it('reports a running build as updating, and says when more changes wait behind it', () => {
    const running = { number: 8, release: 'r8', startedAt: '2026-11-20T09:59:30.000Z', eventCount: 2 };
    const alone = toWebsiteStatus(report({ state: 'building', running }), NOW);
    expect(alone.state).toBe('updating');
    expect(alone.updateStartedAt).toBe(running.startedAt);
    expect(alone.moreChangesWaiting).toBe(false);
    expect(alone.message).not.toMatch(/waiting/);

    const withMore = toWebsiteStatus(report({ state: 'building', running, queued: true }), NOW);
    expect(withMore.moreChangesWaiting).toBe(true);
    expect(withMore.message).toMatch(/More changes are waiting/);
  });

  it('reports waiting events as queued', () => {
    expect(toWebsiteStatus(report({ state: 'queued', queued: true }), NOW).state).toBe('queued');
  });

  it('explains a failed build in plain words, keeping only the first line of the reason', () => {
    const status = toWebsiteStatus(
      report({
        history: [
          failure('build command exited with code 1\nnpm ERR! at line 2'),
          success('2026-11-20T09:56:00.000Z'),
        ],
      }),
      NOW,
    );
    expect(status.state).toBe('failed');
    expect(status.lastError).toEqual({
      message: 'The last update failed: the site could not be built. The previous version is still online.',
      details: 'build command exited with code 1',
      failedAt: '2026-11-20T09:58:00.000Z',
    });
    expect(status.message).toBe(status.lastError?.message);
    // The live site is still the last good one.
    expect(status.currentRelease).toBe(LIVE.release);
    expect(status.lastSuccessAt).toBe('2026-11-20T09:56:00.000Z');
  });

  it.each([
    ['build timed out after 600000 ms', 'it took too long and was stopped'],
    ['the build has 3 pages, the live site 900: refusing to replace it', 'the new version looked incomplete'],
    ['the build output has no index.html', 'the new version looked incomplete'],
    ['the release could not be published: EACCES', 'the new version could not be put online'],
  ])('words the failure %j for editors', (error, words) => {
    const status = toWebsiteStatus(report({ history: [failure(error)] }), NOW);
    expect(status.lastError?.message).toContain(words);
    expect(status.lastError?.details).toBe(error);
  });

  it('keeps showing the last failure while a new update runs, but not once one succeeded', () => {
    const running = { number: 9, release: 'r9', startedAt: '2026-11-20T09:59:00.000Z', eventCount: 1 };
    const retrying = toWebsiteStatus(report({ state: 'building', running, history: [failure('boom')] }), NOW);
    expect(retrying.state).toBe('updating');
    expect(retrying.lastError?.details).toBe('boom');

    const fixed = toWebsiteStatus(
      report({ history: [success('2026-11-20T09:59:00.000Z'), failure('boom')] }),
      NOW,
    );
    expect(fixed.state).toBe('live');
    expect(fixed.lastError).toBeNull();
  });

  it('treats a rollback after a failure as settled, and skips interrupted builds', () => {
    const rollback = { kind: 'rollback', at: '2026-11-20T09:59:00.000Z', from: 'r8', to: LIVE.release };
    expect(toWebsiteStatus(report({ history: [rollback, failure('boom')] }), NOW).state).toBe('live');
    const interrupted = { ...failure('the service stopped'), result: 'interrupted' };
    expect(toWebsiteStatus(report({ history: [interrupted, failure('boom')] }), NOW).state).toBe('failed');
  });

  it('says when nothing has been published yet', () => {
    const never = toWebsiteStatus(report({ live: null, lastSuccess: null, history: [] }), NOW);
    expect(never.state).toBe('unknown');
    expect(never.message).toBe('The website has not been published yet.');
    const failedFirst = toWebsiteStatus(
      report({ live: null, lastSuccess: null, history: [failure('boom')] }),
      NOW,
    );
    expect(failedFirst.state).toBe('failed');
    expect(failedFirst.lastError?.message).toContain('Nothing has been put online yet.');
  });

  it('turns an answer of another shape into unknown, not an exception', () => {
    for (const answer of [null, 'ok', { state: 'exploded' }, { state: 'idle' }]) {
      const status = toWebsiteStatus(answer, NOW);
      expect(status.state).toBe('unknown');
      expect(status.message).toBe(UNREADABLE_ANSWER);
    }
  });

  describe('entries an update left out', () => {
    const slug = {
      type: 'api::article.article',
      documentId: 'k3v9q2mzq8x0d1t7b5w4n6yh',
      locale: 'ar',
      title: 'Court rules <b>today</b>',
      problem: "Its URL name '..' cannot be used.",
    };
    const settings = { ...slug, type: 'api::site-setting.site-setting', locale: 'en', title: 'Charity' };
    const types: Record<string, { name: string; kind: 'collectionType' | 'singleType' }> = {
      'api::article.article': { name: 'News article', kind: 'collectionType' },
      'api::site-setting.site-setting': { name: 'Site settings', kind: 'singleType' },
    };
    const describe = (uid: string) => types[uid];

    it('keeps the site live, says how many, and names each with a link to its edit view', () => {
      const live = { ...success('2026-11-20T09:56:00.000Z'), leftOut: [slug, settings], leftOutCount: 2 };
      const status = toWebsiteStatus(report({ history: [live] }), NOW, describe);
      expect(status.state).toBe('live');
      expect(status.message).toBe(
        'The website is up to date, except for 2 entries that were left out because something in them needs fixing (listed below).',
      );
      expect(status.leftOutCount).toBe(2);
      expect(status.leftOut).toEqual([
        {
          typeName: 'News article',
          title: 'Court rules <b>today</b>',
          locale: 'ar',
          problem: "Its URL name '..' cannot be used.",
          editPath:
            '/content-manager/collection-types/api::article.article/k3v9q2mzq8x0d1t7b5w4n6yh?plugins[i18n][locale]=ar',
        },
        expect.objectContaining({
          typeName: 'Site settings',
          editPath: '/content-manager/single-types/api::site-setting.site-setting?plugins[i18n][locale]=en',
        }),
      ]);
    });

    it('names what the live version lacks while another update runs or after a failure without a list', () => {
      const live = { ...success('2026-11-20T09:56:00.000Z'), leftOut: [slug], leftOutCount: 1 };
      const running = { number: 8, release: 'r8', startedAt: '2026-11-20T09:59:30.000Z', eventCount: 1 };
      const updating = toWebsiteStatus(
        report({ state: 'building', running, history: [live] }),
        NOW,
        describe,
      );
      expect(updating.leftOut).toHaveLength(1);
      const failed = toWebsiteStatus(report({ history: [failure('boom'), live] }), NOW, describe);
      expect(failed.state).toBe('failed');
      expect(failed.leftOut.map((entry) => entry.title)).toEqual([slug.title]);
    });

    it('names the entries of a failed update that left some out (they may be why it failed)', () => {
      const failed = { ...failure('Site settings are not published in the CMS'), leftOut: [settings] };
      const status = toWebsiteStatus(
        report({ history: [failed, success('2026-11-20T09:56:00.000Z')] }),
        NOW,
        describe,
      );
      expect(status.state).toBe('failed');
      expect(status.lastError?.message).toContain(
        'the site settings are not published, or something in them needs fixing',
      );
      expect(status.leftOut.map((entry) => entry.typeName)).toEqual(['Site settings']);
    });

    it('forgets them once an update publishes without leaving anything out', () => {
      const before = {
        ...success('2026-11-20T09:50:00.000Z'),
        release: 'old',
        leftOut: [slug],
        leftOutCount: 1,
      };
      const status = toWebsiteStatus(
        report({ history: [success('2026-11-20T09:56:00.000Z'), before] }),
        NOW,
        describe,
      );
      expect(status.leftOut).toEqual([]);
      expect(status.leftOutCount).toBe(0);
      expect(status.message).toBe('The website is up to date with everything published.');
    });

    it('gives no link for a type or id it does not know, rather than a crafted one', () => {
      const odd = [
        { ...slug, type: 'plugin::evil.thing' },
        { ...slug, documentId: '../../admin/users' },
        { ...slug, locale: 'en"><script>' },
      ];
      const live = { ...success('2026-11-20T09:56:00.000Z'), leftOut: odd, leftOutCount: 3 };
      const status = toWebsiteStatus(report({ history: [live] }), NOW, describe);
      expect(status.leftOut.map((entry) => entry.editPath)).toEqual([null, null, null]);
      expect(status.leftOut[0]?.typeName).toBe('plugin::evil.thing');
    });
  });
});
