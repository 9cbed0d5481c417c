/**
 * Production serving, for real: `npm run start:prod` (the CMS in production mode on PostgreSQL,
 * the rebuild worker, Debian's nginx with deploy/nginx) on a throw-away database, checked on
 * nginx's own responses; content published through the CMS API reaches nginx; a stop leaves no
 * process behind. Plus: the web image's checked-in nginx.conf passes `nginx -t`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  CONTENT_SECURITY_POLICY,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
} from '../../scripts/rebuild/security-headers';
import { publishArticle, publishSiteEssentials, signIn } from './support/cms-admin';
import { alive } from './support/processes';
import { rawGet, type RawResponse } from './support/raw-http';
import { databaseExists, startTopology, type Topology } from './support/topology';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const NGINX = '/usr/sbin/nginx';
const PORTS = { cms: 1700, rebuild: 1701, web: 1702 };
const SLUG = `prod-serving-${Date.now().toString(36)}`;
const TITLE = `Tribunal backs fair age assessments ${SLUG.slice(-5)}`;
const TEXT = 'The tribunal said every child deserves the benefit of the doubt.';

describe('the web image’s nginx config', () => {
  it('is accepted by Debian’s nginx as checked in', () => {
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-t-'));
    try {
      // Throws with nginx's message when it refuses the config.
      execFileSync(
        NGINX,
        ['-t', '-q', '-p', `${prefix}/`, '-c', path.join(ROOT, 'deploy/nginx/nginx.conf')],
        // stdout not a pipe: nginx opens `access_log /dev/stdout` by path, and a socket refuses that.
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});

describe('npm run start:prod', () => {
  let topology: Topology | undefined;
  let exitCode: number | null | undefined;
  const web = (pathname: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
    rawGet(`${(topology as Topology).webUrl}${pathname}`, headers);

  /** Polls nginx until `pathname` answers `status`. */
  const waitFor = async (pathname: string, status: number, timeoutMs: number): Promise<RawResponse> => {
    const deadline = Date.now() + timeoutMs;
    let last: RawResponse | undefined;
    while (Date.now() < deadline) {
      last = await web(pathname);
      if (last.status === status) return last;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`${pathname} still answers ${last?.status}, not ${status}\n${topology?.output()}`);
  };

  beforeAll(async () => {
    topology = await startTopology(PORTS, 240_000);
  }, 300_000);

  afterAll(async () => {
    await topology?.cleanUp();
  }, 60_000);

  it('starts empty: nginx answers, but nothing is live until content is published', async () => {
    const t = topology as Topology;
    expect(existsSync(path.join(t.dataDir, 'current'))).toBe(false);
    const home = await web('/');
    expect(home.status).toBe(404);
    expect(home.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves content published through the CMS API', async () => {
    const t = topology as Topology;
    const settings = readFileSync(t.envFile, 'utf8');
    const credential = (name: string) => new RegExp(`^${name}=(.+)$`, 'm').exec(settings)?.[1] ?? '';
    const api = await signIn(t.cmsUrl, credential('ADMIN_EMAIL'), credential('ADMIN_PASSWORD'));
    await publishSiteEssentials(api);
    await publishArticle(api, { slug: SLUG, title: TITLE, text: TEXT });

    const article = await waitFor(`/news/${SLUG}/`, 200, 150_000);
    const html = article.body.toString('utf8');
    expect(html).toContain(TITLE);
    expect(html).toContain(TEXT);
    expect((await web('/')).status).toBe(200);
  }, 180_000);

  describe('on nginx’s responses', () => {
    let home: RawResponse;
    let asset: string;
    beforeAll(async () => {
      home = await web('/');
      const found = /(?:href|src)="(\/_astro\/[^"]+)"/.exec(home.body.toString('utf8'));
      if (!found?.[1]) throw new Error('The home page links no /_astro/ asset');
      asset = found[1];
    });

    it('sends the security headers on pages, assets and errors', async () => {
      for (const pathname of ['/', `/news/${SLUG}/`, asset, '/no-such-page/']) {
        const { headers } = await web(pathname);
        const csp = headers['content-security-policy'] ?? '';
        expect([pathname, csp]).toEqual([pathname, CONTENT_SECURITY_POLICY]);
        // No third-party origin: every source is a keyword, 'self' or data:.
        const sources = csp.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
        expect(sources.filter((s) => !/^'[a-z-]+'$/.test(s) && s !== 'data:')).toEqual([]);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(headers['referrer-policy']).toBe('no-referrer');
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
        expect(headers.server).toBe('nginx'); // server_tokens off: no version
      }
    });

    it('compresses text with gzip when the browser accepts it', async () => {
      const plain = await web('/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const zipped = await web('/', { 'Accept-Encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('Accept-Encoding');
      expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
      expect(zipped.body.length).toBeLessThan(plain.body.length);
    });

    it('lets browsers keep hashed assets for a year and makes them revalidate HTML', async () => {
      const hashed = await web(asset);
      expect(hashed.status).toBe(200);
      expect(hashed.headers['cache-control']).toBe(IMMUTABLE_CACHE);
      expect(home.headers['cache-control']).toBe(REVALIDATE_CACHE);
      const etag = home.headers.etag ?? '';
      expect(etag).not.toBe('');
      expect((await web('/', { 'If-None-Match': etag })).status).toBe(304);
    });

    it('answers an unknown path with 404 and the site’s own 404 page', async () => {
      const missing = await web('/no-such-page/');
      expect(missing.status).toBe(404);
      const page = readFileSync(path.join((topology as Topology).dataDir, 'current', '404.html'));
      expect(missing.body.equals(page)).toBe(true);
      expect(missing.headers['cache-control']).toBe(REVALIDATE_CACHE);
      const missingAsset = await web('/_astro/no-such-file.js');
      expect(missingAsset.status).toBe(404);
      expect(missingAsset.headers['cache-control']).toBe(REVALIDATE_CACHE);
    });

    it('lists no directory and serves no dotfile', async () => {
      const listing = await web('/_astro/');
      expect([403, 404]).toContain(listing.status);
      expect(listing.body.toString('utf8')).not.toContain('Index of');
      // What a visitor gets is the site's not-found page, not a list of the folder's files.
      const page = readFileSync(path.join((topology as Topology).dataDir, 'current', '404.html'));
      expect(listing.body.equals(page)).toBe(true);
      // A stray dotfile in the live release (as a careless build might leave) stays private.
      const dotfile = path.join((topology as Topology).dataDir, 'current', '.env');
      writeFileSync(dotfile, 'SECRET=do-not-serve\n');
      try {
        const served = await web('/.env');
        expect(served.status).toBe(404);
        expect(served.body.toString('utf8')).not.toContain('do-not-serve');
      } finally {
        rmSync(dotfile);
      }
    });

    it('passes the web image’s health check', () => {
      execFileSync('bash', [path.join(ROOT, 'deploy/web/healthcheck.sh'), String(PORTS.web)], {
        stdio: 'pipe',
      });
    });
  });

  it('stops on SIGTERM and leaves no process or listener behind', async () => {
    const t = topology as Topology;
    exitCode = await t.stop();
    expect(exitCode).toBe(0);
    const started = t.processes();
    // start:prod, the CMS, the rebuild worker, nginx's master and workers at least.
    expect(started.length).toBeGreaterThanOrEqual(5);
    expect(started.map((p) => p.command)).toEqual(expect.arrayContaining(['nginx']));
    expect(started.filter(alive)).toEqual([]);
    for (const port of Object.values(PORTS)) expect([port, await accepts(port)]).toEqual([port, false]);
    expect(await databaseExists(t.database)).toBe(true); // dropped by cleanUp, not by start:prod
  });
});

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
