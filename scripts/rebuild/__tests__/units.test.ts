import { bearerMatches } from '../auth.ts';
import { buildFailureReason } from '../build-process.ts';
import { parseRebuildEnv, RebuildEnvError } from '../env.ts';
import { classifyEvent, webhookPayloadSchema } from '../events.ts';
import { createLineTail } from '../run-build.ts';
import { isContentHashed, parseSitePath } from '../site-paths.ts';

describe('env', () => {
  const secret = 'a-long-enough-secret-value';

  it('has the documented defaults', () => {
    const config = parseRebuildEnv({ WEBHOOK_SECRET: secret }, '/repo');
    expect(config).toMatchObject({
      serviceHost: '127.0.0.1',
      servicePort: 4322,
      siteHost: '127.0.0.1',
      sitePort: 4321,
      dataDir: '/repo/.data/site',
      buildCommand: null,
      webRoot: '/repo/web',
      buildCwd: '/repo',
      idleHoldMs: 150,
      quietMs: 1000,
      maxWaitMs: 5000,
      keepReleases: 5,
      buildTimeoutMs: 600_000,
      bodyLimitBytes: 1_048_576,
      scriptSrc: "'self' 'unsafe-inline' 'wasm-unsafe-eval'",
    });
  });

  it('reconciles every minute with the CMS the build reads, when it has the build token', () => {
    const without = parseRebuildEnv({ WEBHOOK_SECRET: secret }, '/repo');
    expect(without.reconcileIntervalMs).toBe(60_000);
    expect(without.cms).toBeUndefined();
    const withToken = parseRebuildEnv(
      {
        WEBHOOK_SECRET: secret,
        BUILD_API_TOKEN: 'build-token',
        CMS_URL: 'http://cms:1337/',
        REBUILD_RECONCILE_INTERVAL_MS: '0',
      },
      '/repo',
    );
    expect(withToken).toMatchObject({
      reconcileIntervalMs: 0,
      cms: { url: 'http://cms:1337', token: 'build-token' },
    });
    expect(parseRebuildEnv({ WEBHOOK_SECRET: secret, BUILD_API_TOKEN: 't' }, '/repo').cms?.url).toBe(
      'http://127.0.0.1:1337',
    );
    expect(() => parseRebuildEnv({ WEBHOOK_SECRET: secret, CMS_URL: 'ftp://cms' }, '/repo')).toThrow(
      /CMS_URL/,
    );
  });

  it('names WEBHOOK_SECRET when it is missing, short or a placeholder', () => {
    for (const env of [{}, { WEBHOOK_SECRET: 'short' }, { WEBHOOK_SECRET: 'tobemodified-tobemodified' }]) {
      expect(() => parseRebuildEnv(env, '/repo')).toThrow(RebuildEnvError);
      expect(() => parseRebuildEnv(env, '/repo')).toThrow(/WEBHOOK_SECRET/);
    }
  });

  it('names any other bad value and keeps the secret away from the build', () => {
    expect(() => parseRebuildEnv({ WEBHOOK_SECRET: secret, REBUILD_PORT: 'abc' }, '/r')).toThrow(
      /REBUILD_PORT/,
    );
    expect(() => parseRebuildEnv({ WEBHOOK_SECRET: secret, REBUILD_QUIET_MS: '9000' }, '/r')).toThrow(
      /REBUILD_MAX_WAIT_MS/,
    );
    const config = parseRebuildEnv(
      {
        WEBHOOK_SECRET: secret,
        REBUILD_DATA_DIR: 'var/site',
        REBUILD_WEB_ROOT: 'web/tests/.tmp/bench-web-1',
        CMS_URL: 'http://cms',
        REBUILD_KEEP_RELEASES: '3',
      },
      '/r',
    );
    expect(config.dataDir).toBe('/r/var/site');
    expect(config.webRoot).toBe('/r/web/tests/.tmp/bench-web-1');
    expect(config.keepReleases).toBe(3);
    expect(config.buildEnv.CMS_URL).toBe('http://cms');
    expect(config.buildEnv.WEBHOOK_SECRET).toBeUndefined();
  });
});

describe('bearerMatches', () => {
  it('accepts only the exact secret with the Bearer scheme', () => {
    expect(bearerMatches('Bearer s3cret-value', 's3cret-value')).toBe(true);
    expect(bearerMatches('bearer s3cret-value', 's3cret-value')).toBe(true);
    expect(bearerMatches('Bearer s3cret-valu', 's3cret-value')).toBe(false);
    expect(bearerMatches('Bearer s3cret-value2', 's3cret-value')).toBe(false);
    expect(bearerMatches('s3cret-value', 's3cret-value')).toBe(false);
    expect(bearerMatches('Bearer ', '')).toBe(false);
    expect(bearerMatches(undefined, 's3cret-value')).toBe(false);
  });
});

describe('classifyEvent', () => {
  const decide = (payload: unknown) => classifyEvent(webhookPayloadSchema.parse(payload)).build;
  it.each([
    [{ event: 'entry.publish' }, true],
    [{ event: 'entry.unpublish', entry: { publishedAt: null } }, true],
    [{ event: 'entry.delete', entry: { publishedAt: null } }, true],
    [{ event: 'entry.update', entry: { publishedAt: '2026-01-01T00:00:00Z' } }, true],
    [{ event: 'entry.update', entry: {} }, true], // cannot tell: build
    [{ event: 'entry.update' }, true],
    [{ event: 'entry.update', entry: { publishedAt: null } }, false],
    [{ event: 'entry.create', entry: { publishedAt: null } }, false],
    [{ event: 'entry.draft-discard' }, false],
    [{ event: 'media.update' }, true],
    [{ event: 'releases.publish' }, true], // unknown: safe side
    [{ event: 'trigger-test' }, false],
  ])('%j -> build %s', (payload, expected) => {
    expect(decide(payload)).toBe(expected);
  });
});

describe('site paths', () => {
  it('maps paths to segments and refuses traversal and hidden files', () => {
    expect(parseSitePath('/')).toMatchObject({ ok: true, segments: [], trailingSlash: true });
    expect(parseSitePath('/a/b/?x=1')).toMatchObject({ ok: true, segments: ['a', 'b'], query: '?x=1' });
    expect(parseSitePath('/caf%C3%A9')).toMatchObject({ ok: true, segments: ['café'], trailingSlash: false });
    expect(parseSitePath('/.well-known/security.txt')).toMatchObject({ ok: true });
    expect(parseSitePath('/a/%2e%2e/b')).toMatchObject({ ok: false, status: 400 });
    expect(parseSitePath('/a/./b')).toMatchObject({ ok: false, status: 400 });
    expect(parseSitePath('/.env')).toMatchObject({ ok: false, status: 404 });
    expect(parseSitePath('http://evil.example/')).toMatchObject({ ok: false, status: 400 });
  });

  it('knows which paths are content-hashed', () => {
    expect(isContentHashed('/_astro/index.Bx12_-ab.css')).toBe(true);
    expect(isContentHashed('/files/3fa9c0de11/guide.pdf')).toBe(true);
    expect(isContentHashed('/files/guide.pdf')).toBe(false);
    expect(isContentHashed('/about/')).toBe(false);
  });
});

describe('createLineTail', () => {
  it('keeps the last complete lines across chunk boundaries', () => {
    const tail = createLineTail(3);
    tail.push('one\ntw');
    tail.push('o\nthree\nfour\nfi');
    expect(tail.lines()).toEqual(['three', 'four', 'fi']);
    tail.push('ve\n');
    expect(tail.lines()).toEqual(['three', 'four', 'five']);
  });
});

describe('buildFailureReason', () => {
  const reason = 'Cannot reach the CMS at http://127.0.0.1:1337: connect ECONNREFUSED. Is it running?';
  it.each([
    ['astro build prints it', `[ERROR] ${reason}`],
    ['a CLI prints it', `error: ${reason}`],
    ['the warm build worker prints the stack', `CmsRequestError: ${reason}`],
    ['in colour', `\u001b[31m[ERROR]\u001b[39m ${reason}`],
  ])('finds the reason when %s', (_how, line) => {
    expect(buildFailureReason(['building…', line, '    at fetchPage (client.ts:40:11)'])).toBe(reason);
  });

  it('says nothing when no line gives a reason', () => {
    expect(buildFailureReason(['building…', 'Error: something else'])).toBeNull();
  });

  it('names missing site settings, the one entry no page can do without', () => {
    const settings =
      'Site settings are not published in the CMS, or were left out because something in them needs fixing: the site cannot be built without them.';
    expect(buildFailureReason([`[ERROR] Error: ${settings}`, '  at settingsFor'])).toBe(settings);
  });
});
