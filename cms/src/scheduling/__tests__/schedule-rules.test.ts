import { parseEnv } from '../../env';
import { londonTime } from '../london-time';
import { earlyPublishProblem, scheduleProblems, toDate } from '../schedule-rules';
import { isScheduledModel } from '../scheduled-types';

const NOW = new Date('2026-06-01T12:00:00Z');
const NONE = { publishAt: null, unpublishAt: null };
const at = (iso: string) => new Date(iso);

describe('scheduling rules', () => {
  it('says times in London time, summer and winter', () => {
    expect(londonTime(at('2026-07-01T23:01:00Z'))).toBe('Thursday 2 July 2026 at 00:01 (London time)');
    expect(londonTime(at('2026-12-31T23:59:00Z'))).toBe('Thursday 31 December 2026 at 23:59 (London time)');
  });

  it('refuses an unpublish time at or before the publish time', () => {
    const problems = scheduleProblems(
      { publishAt: at('2026-06-02T10:00:00Z'), unpublishAt: at('2026-06-02T10:00:00Z') },
      NONE,
      NOW,
    );
    expect(problems).toEqual([expect.objectContaining({ path: ['unpublishAt'] })]);
    expect(
      scheduleProblems(
        { publishAt: at('2026-06-02T10:00:00Z'), unpublishAt: at('2026-06-02T10:01:00Z') },
        NONE,
        NOW,
      ),
    ).toEqual([]);
  });

  it('refuses a new time that has passed, allows this minute and a time already saved', () => {
    const past = at('2026-06-01T11:58:00Z');
    expect(scheduleProblems({ publishAt: past, unpublishAt: null }, NONE, NOW)).toEqual([
      expect.objectContaining({ path: ['publishAt'], message: expect.stringMatching(/already passed/) }),
    ]);
    expect(scheduleProblems({ publishAt: null, unpublishAt: past }, NONE, NOW)).toEqual([
      expect.objectContaining({ path: ['unpublishAt'] }),
    ]);
    expect(scheduleProblems({ publishAt: at('2026-06-01T11:59:30Z'), unpublishAt: null }, NONE, NOW)).toEqual(
      [],
    );
    expect(
      scheduleProblems({ publishAt: past, unpublishAt: null }, { publishAt: past, unpublishAt: null }, NOW),
    ).toEqual([]);
  });

  it('counts the previous minute as now late in a minute (saved times lose their seconds)', () => {
    const lateInMinute = at('2026-06-01T12:00:50Z');
    // 30 s ago, saved as 11:59:00: 110 s before the clock, still the minute the editor picked.
    expect(
      scheduleProblems({ publishAt: at('2026-06-01T11:59:00Z'), unpublishAt: null }, NONE, lateInMinute),
    ).toEqual([]);
    expect(
      scheduleProblems({ publishAt: at('2026-06-01T11:58:00Z'), unpublishAt: null }, NONE, lateInMinute),
    ).toEqual([expect.objectContaining({ path: ['publishAt'] })]);
  });

  it('refuses a manual publish before the scheduled time only', () => {
    expect(earlyPublishProblem(at('2026-06-01T12:01:00Z'), NOW)).toMatch(/scheduled to go live/);
    expect(earlyPublishProblem(at('2026-06-01T12:00:00Z'), NOW)).toBeNull();
    expect(earlyPublishProblem(null, NOW)).toBeNull();
  });

  it('reads only real dates', () => {
    expect(toDate('')).toBeNull();
    expect(toDate('not a date')).toBeNull();
    expect(toDate({})).toBeNull();
    expect(toDate('2026-06-01T12:00:00.000Z')?.toISOString()).toBe('2026-06-01T12:00:00.000Z');
  });

  it('schedules any draft-and-publish type with both datetime fields, and nothing else', () => {
    const fields = { publishAt: { type: 'datetime' }, unpublishAt: { type: 'datetime' } };
    expect(
      isScheduledModel({ uid: 'api::event.event', options: { draftAndPublish: true }, attributes: fields }),
    ).toBe(true);
    expect(
      isScheduledModel({ uid: 'api::x.x', options: { draftAndPublish: false }, attributes: fields }),
    ).toBe(false);
    expect(
      isScheduledModel({
        uid: 'api::x.x',
        options: { draftAndPublish: true },
        attributes: { publishAt: { type: 'date' }, unpublishAt: { type: 'datetime' } },
      }),
    ).toBe(false);
  });

  it('the clock hook cannot be turned on in production', () => {
    const secrets = {
      APP_KEYS: 'prod-app-key-aaaaaaaaaaaa1,prod-app-key-aaaaaaaaaaaa2',
      API_TOKEN_SALT: 'prod-api-token-salt-aaaaaa',
      ADMIN_JWT_SECRET: 'prod-admin-jwt-secret-aaaa',
      TRANSFER_TOKEN_SALT: 'prod-transfer-salt-aaaaaaa',
      JWT_SECRET: 'prod-jwt-secret-aaaaaaaaaaa',
      ENCRYPTION_KEY: 'prod-encryption-key-aaaaaa',
      BUILD_API_TOKEN: 'prod-build-token-aaaaaaaaaaaa',
    };
    expect(() => parseEnv({ ...secrets, NODE_ENV: 'production', SCHEDULER_TEST_HOOK: 'true' })).toThrow(
      /SCHEDULER_TEST_HOOK is for tests only/,
    );
    expect(parseEnv({ ...secrets, NODE_ENV: 'production' }).SCHEDULER_TEST_HOOK).toBe(false);
    expect(parseEnv({ ...secrets, NODE_ENV: 'test', SCHEDULER_TEST_HOOK: 'true' }).SCHEDULER_TEST_HOOK).toBe(
      true,
    );
  });
});
