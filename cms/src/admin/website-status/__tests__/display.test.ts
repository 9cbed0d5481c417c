import { refreshDelayMs, relativeTime, stateVariant } from '../display';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe('relativeTime', () => {
  it.each([
    [ago(5_000), { kind: 'just-now' }],
    [ago(59_000), { kind: 'just-now' }],
    [ago(2 * 60_000 + 10_000), { kind: 'relative', value: -2, unit: 'minute' }],
    [ago(3 * 3_600_000 + 60_000), { kind: 'relative', value: -3, unit: 'hour' }],
    [ago(50 * 3_600_000), { kind: 'relative', value: -2, unit: 'day' }],
    // A clock slightly ahead on the server never reads as "in 1 minute".
    [new Date(NOW.getTime() + 90_000).toISOString(), { kind: 'just-now' }],
    ['not a date', { kind: 'just-now' }],
  ])('%s reads as %j', (iso, expected) => {
    expect(relativeTime(iso, NOW)).toEqual(expected);
  });
});

describe('refreshDelayMs', () => {
  it('checks every few seconds while the site is updating, less often otherwise', () => {
    expect(refreshDelayMs('updating')).toBeLessThanOrEqual(5_000);
    expect(refreshDelayMs('queued')).toBeLessThanOrEqual(5_000);
    expect(refreshDelayMs('live')).toBeGreaterThan(refreshDelayMs('updating'));
    expect(refreshDelayMs('failed')).toBeGreaterThan(refreshDelayMs('updating'));
  });
});

describe('stateVariant', () => {
  it('gives each state its own colour', () => {
    expect(new Set(Object.values(stateVariant)).size).toBe(Object.keys(stateVariant).length);
  });
});
