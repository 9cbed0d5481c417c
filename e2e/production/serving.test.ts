/**
 * Production serving, for real: `npm run start:prod` (the CMS in production mode on PostgreSQL,
 * the rebuild worker, Debian's nginx with deploy/nginx) on a throw-away database, checked on
 * nginx's own responses; content published through the CMS API reaches nginx; a stop leaves no
 * process behind. Plus: the web image's checked-in nginx.conf passes `nginx -t`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { docxBytes, imageBytes, pdfBytes, SCRIPT_HTML, withScript } from '../../cms/tests/helpers/files';
import { nameDisagreesMessage } from '../../cms/src/uploads/refusal-messages';
import { downloadHeaders } from '../../web/src/lib/cms/files/download-types';
import {
  CONTENT_SECURITY_POLICY,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
} from '../../scripts/rebuild/security-headers';
import {
  publishArticle,
  publishResource,
  publishSiteEssentials,
  signIn,
  type AdminApi,
} from './support/cms-admin';
import { alive } from './support/processes';
import { rawGet, type RawResponse } from './support/raw-http';
import { databaseExists, startTopology, type Topology } from './support/topology';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const NGINX = '/usr/sbin/nginx';
const PORTS = { cms: 1700, rebuild: 1701, web: 1702, preview: 1703 };
const SLUG = `prod-serving-${Date.now().toString(36)}`;
const RESOURCE_SLUG = `${SLUG}-guide`;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
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

  let api: AdminApi;

  it('serves content published through the CMS API', async () => {
    const t = topology as Topology;
    const settings = readFileSync(t.envFile, 'utf8');
    const credential = (name: string) => new RegExp(`^${name}=(.+)$`, 'm').exec(settings)?.[1] ?? '';
    api = await signIn(t.cmsUrl, credential('ADMIN_EMAIL'), credential('ADMIN_PASSWORD'));
    await publishSiteEssentials(api);
    await publishArticle(api, { slug: SLUG, title: TITLE, text: TEXT });

    const article = await waitFor(`/news/${SLUG}/`, 200, 150_000);
    const html = article.body.toString('utf8');
    expect(html).toContain(TITLE);
    expect(html).toContain(TEXT);
    expect((await web('/')).status).toBe(200);
  }, 180_000);

  it('answers a changed slug with 301, a deleted article with 410 and an editor’s redirect, from nginx', async () => {
    const CM = '/content-manager/collection-types/api::article.article';
    const oldSlug = `${SLUG}-old`;
    const newSlug = `${SLUG}-new`;
    const goneSlug = `${SLUG}-gone`;
    const moved = await publishArticle(api, { slug: oldSlug, title: `${TITLE} (moved)`, text: TEXT });
    const gone = await publishArticle(api, { slug: goneSlug, title: `${TITLE} (gone)`, text: TEXT });
    await waitFor(`/news/${oldSlug}/`, 200, 150_000);
    await waitFor(`/news/${goneSlug}/`, 200, 150_000);

    await api.call('PUT', `${CM}/${moved}?locale=en`, { slug: newSlug });
    await api.call('POST', `${CM}/${moved}/actions/publish?locale=en`, {});
    await api.call('DELETE', `${CM}/${gone}?locale=en`);

    const redirect = await waitFor(`/news/${oldSlug}/`, 301, 150_000);
    expect(redirect.headers.location).toBe(`/news/${newSlug}/`);
    expect(redirect.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await web(`/news/${oldSlug}?utm_source=leaflet`)).headers.location).toBe(
      `/news/${newSlug}/?utm_source=leaflet`,
    );
    expect((await web(`/news/${newSlug}/`)).status).toBe(200);

    const removed = await waitFor(`/news/${goneSlug}/`, 410, 60_000);
    expect(removed.headers['content-type']).toMatch(/^text\/html/);
    expect(removed.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(removed.body.toString('utf8')).toContain('This page has been removed');
    // The map itself is never served.
    expect((await web('/.site/redirects.nginx.map')).status).toBe(404);
    expect((await web('/.site/redirects.json')).status).toBe(404);

    await api.call('POST', '/content-manager/collection-types/api::redirect.redirect', {
      fromPath: `/${SLUG}-Leaflet`,
      toPath: `/news/${newSlug}/`,
    });
    const manual = await waitFor(`/${SLUG}-leaflet/`, 301, 150_000);
    expect(manual.headers.location).toBe(`/news/${newSlug}/`);
  }, 420_000);

  it('previews a draft through a signed link from the CMS in production; refuses anything else', async () => {
    const t = topology as Topology;
    const uid = 'api::article.article';
    const cm = `/content-manager/collection-types/${uid}`;
    const draftTitle = `${TITLE} (draft only)`;
    const created = await api.call('POST', `${cm}?locale=en`, {
      title: draftTitle,
      slug: `${SLUG}-draft`,
      summary: 'Not published yet.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Draft text.' }] }],
      category: 'news',
    });
    const { documentId } = created.data as { documentId: string };
    const link = await api.call(
      'GET',
      `/content-manager/preview/url/${uid}?documentId=${documentId}&locale=en&status=draft`,
    );
    const url = (link.data as { url: string }).url;
    expect(url.startsWith(`${t.previewUrl}/preview/?`)).toBe(true);
    const preview = await rawGet(url);
    expect(preview.status).toBe(200);
    expect(preview.body.toString('utf8')).toContain(draftTitle);
    expect(preview.headers['cache-control']).toBe('no-store');
    expect(preview.headers['x-robots-tag']).toMatch(/^noindex/);
    expect(String(preview.headers['content-security-policy'])).toContain(`frame-ancestors ${t.cmsUrl}`);
    const tampered = new URL(url);
    tampered.searchParams.set('documentId', 'another-document-id-000000');
    for (const refused of [tampered.href, `${t.previewUrl}/preview/`, `${t.previewUrl}/news/`]) {
      const res = await rawGet(refused);
      expect([refused, res.status]).toEqual([refused, 403]);
      expect(res.body.toString('utf8')).not.toContain(draftTitle);
    }
    // Not on the website, which nginx serves from what the build token read.
    expect((await web(`/news/${SLUG}-draft/`)).status).toBe(404);
  }, 60_000);

  describe('uploads, from the CMS in production mode to nginx', () => {
    type Stored = { id: number; url: string; ext: string; mime: string };
    const stored: Record<'pdf' | 'docx', Stored | undefined> = { pdf: undefined, docx: undefined };

    it('refuses the reported attack: AVIF bytes named guide.xml, with the message for editors', async () => {
      const res = await api.upload({
        content: withScript(await imageBytes('avif')),
        filename: 'guide.xml',
        contentType: 'application/octet-stream',
      });
      expect(res.status).toBe(400);
      expect((res.body as { error?: { message?: string } }).error?.message).toBe(
        nameDisagreesMessage('.xml', 'an AVIF image', '.avif'),
      );
    });

    it('stores files under their detected type and serves /uploads with nosniff, a download unless PDF', async () => {
      const t = topology as Topology;
      const pdf = await api.upload({
        content: pdfBytes(),
        filename: 'RIGHTS-GUIDE.PDF',
        contentType: 'text/html',
      });
      const docx = await api.upload({
        content: docxBytes(),
        filename: 'Rights guide',
        contentType: 'application/octet-stream',
      });
      expect([pdf.status, docx.status]).toEqual([201, 201]);
      stored.pdf = (pdf.body as Stored[])[0];
      stored.docx = (docx.body as Stored[])[0];
      expect(stored.pdf).toMatchObject({ ext: '.pdf', mime: 'application/pdf' });
      expect(stored.docx).toMatchObject({ ext: '.docx', mime: DOCX });
      const shown = await rawGet(`${t.cmsUrl}${stored.pdf?.url}`);
      expect([shown.status, shown.headers['content-type'], shown.headers['content-disposition']]).toEqual([
        200,
        'application/pdf',
        undefined,
      ]);
      const downloaded = await rawGet(`${t.cmsUrl}${stored.docx?.url}`);
      expect([downloaded.status, downloaded.headers['content-type']]).toEqual([200, DOCX]);
      expect(downloaded.headers['content-disposition']).toMatch(
        /^attachment; filename="Rights_guide_[a-z0-9]+\.docx"$/,
      );
      for (const res of [shown, downloaded]) expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('publishes them, and nginx sends the site’s copies the same way', async () => {
      await publishResource(api, {
        slug: RESOURCE_SLUG,
        title: `Your rights guide ${SLUG.slice(-5)}`,
        fileIds: { en: stored.pdf?.id ?? 0, ar: stored.docx?.id ?? 0 },
      });
      const page = await waitFor(`/resources/${RESOURCE_SLUG}/`, 200, 150_000);
      const hrefs = [...page.body.toString('utf8').matchAll(/href="(\/files\/[^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      const pdfHref = hrefs.find((href) => href.endsWith('.pdf'));
      const docxHref = hrefs.find((href) => href.endsWith('.docx'));
      expect([pdfHref, docxHref]).toEqual([expect.any(String), expect.any(String)]);
      const pdf = await web(pdfHref as string);
      expect([pdf.status, pdf.headers['content-type'], pdf.headers['content-disposition']]).toEqual([
        200,
        'application/pdf',
        undefined,
      ]);
      const docx = await web(docxHref as string);
      expect([docx.status, docx.headers['content-type'], docx.headers['content-disposition']]).toEqual([
        200,
        DOCX,
        `attachment; filename="${path.basename(docxHref as string)}"`,
      ]);
      for (const res of [pdf, docx]) expect(res.headers['x-content-type-options']).toBe('nosniff');
    }, 180_000);
  });

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

    it('sends any file under /files/ by type however its path is spelled: never as a page or script', async () => {
      const hash = 'planted0123456789';
      const dir = path.join((topology as Topology).dataDir, 'current', 'files', hash);
      // As a build from an older CMS might have copied them, or as anyone might plant them.
      const names = [
        'guide.xml',
        'page.html',
        'page.HTM',
        'logo.svg',
        'app.js',
        'app.mjs',
        'page.shtml',
        'noext',
        'guide.pdf.html',
        'a b.html',
        'notes.docx',
        'book.epub',
        'scan.PDF',
        'photo.JPEG',
      ];
      mkdirSync(dir, { recursive: true });
      try {
        for (const name of names) writeFileSync(path.join(dir, name), SCRIPT_HTML.repeat(40));
        for (const name of names) {
          const encoded = encodeURIComponent(name);
          const expected = downloadHeaders(name);
          for (const spelling of [
            `/files/${hash}/${encoded}`,
            `/files/${hash}/${encoded.replace(/\./g, '%2E')}`,
            `/x/../files/${hash}/${encoded}`,
            `//files//${hash}/./${encoded}`,
          ]) {
            const res = await web(spelling, { 'Accept-Encoding': 'gzip' });
            expect({
              spelling,
              status: res.status,
              type: res.headers['content-type'],
              disposition: res.headers['content-disposition'],
              nosniff: res.headers['x-content-type-options'],
            }).toEqual({
              spelling,
              status: 200,
              type: expected['Content-Type'],
              disposition: expected['Content-Disposition'],
              nosniff: 'nosniff',
            });
          }
          const upper = await web(`/FILES/${hash}/${encoded}`);
          expect([name, upper.status]).toEqual([name, 404]);
          expect(upper.headers['content-disposition']).toBeUndefined();
        }
        const hidden = path.join(dir, '.secret.html');
        writeFileSync(hidden, SCRIPT_HTML);
        expect((await web(`/files/${hash}/.secret.html`)).status).toBe(404);
      } finally {
        rmSync(dir, { recursive: true, force: true });
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
