import { unknownStatus } from '../../website-status/map-status';
import { type WebsiteStatus } from '../../website-status/website-status';
import { entryLiveStatus, type EntryFacts } from '../entry-status';
import { publicPath, publicUrl } from '../public-path';

const NOW = new Date('2026-06-01T12:00:00Z');
const website = (overrides: Partial<WebsiteStatus> = {}): WebsiteStatus => ({
  ...unknownStatus('', NOW),
  state: 'live',
  message: 'The website is up to date with everything published.',
  lastSuccessAt: '2026-06-01T11:00:00Z',
  ...overrides,
});
const facts = (overrides: Partial<EntryFacts> = {}): EntryFacts => ({
  publishedAt: '2026-06-01T10:00:00Z',
  publishAt: null,
  unpublishAt: null,
  publicUrl: 'https://example.org/news/a/',
  leftOutProblem: null,
  ...overrides,
});

describe('what is live', () => {
  it('is live once an update finished after the publication', () => {
    expect(entryLiveStatus(facts(), website(), NOW)).toMatchObject({
      state: 'live',
      publicUrl: 'https://example.org/news/a/',
    });
  });
  it('waits for the website while the update runs, and says so', () => {
    const status = entryLiveStatus(
      facts({ publishedAt: '2026-06-01T11:30:00Z' }),
      website({ state: 'updating' }),
      NOW,
    );
    expect(status.state).toBe('waiting');
  });
  it('names the problem when the update left it out, or failed', () => {
    expect(entryLiveStatus(facts({ leftOutProblem: 'Fix the slug.' }), website(), NOW)).toMatchObject({
      state: 'left-out',
      problem: 'Fix the slug.',
      publicUrl: null,
    });
    const failed = website({
      state: 'failed',
      lastError: { message: 'The last update failed: x.', details: 'x', failedAt: '2026-06-01T11:45:00Z' },
    });
    expect(entryLiveStatus(facts({ publishedAt: '2026-06-01T11:30:00Z' }), failed, NOW)).toMatchObject({
      state: 'failed',
      problem: 'The last update failed: x.',
    });
  });
  it('a draft is not on the website, and says when it is scheduled', () => {
    const status = entryLiveStatus(
      facts({ publishedAt: null, publishAt: new Date('2026-07-01T23:01:00Z') }),
      website(),
      NOW,
    );
    expect(status.state).toBe('not-published');
    expect(status.message).toContain('Thursday 2 July 2026 at 00:01 (London time)');
  });
  it('builds public paths as the site does, and none from a bad slug', () => {
    expect(publicPath('api::article.article', 'en', 'a-b')).toBe('/news/a-b/');
    expect(publicPath('api::resource.resource', 'ar', 'guide')).toBe('/ar/resources/guide/');
    expect(publicPath('api::page.page', 'en', 'privacy')).toBe('/privacy/');
    expect(publicPath('api::home-page.home-page', 'fa', undefined)).toBe('/fa/');
    expect(publicPath('api::article.article', 'en', '../../admin')).toBeNull();
    expect(publicPath('api::topic.topic', 'en', 'x')).toBeNull();
    expect(publicUrl('https://example.org', '/news/a/')).toBe('https://example.org/news/a/');
    expect(publicUrl(undefined, '/news/a/')).toBeNull();
  });
});
