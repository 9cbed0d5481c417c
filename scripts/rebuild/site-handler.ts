/**
 * Serves the live release. The `current` symlink is resolved once, at the start of each
 * request, and every file that request touches comes from that one release directory, so a
 * swap in the middle of a request can never mix two releases.
 */
import { createReadStream, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
import { contentTypeFor, isCompressible } from './content-types.ts';
import {
  downloadHeaders,
  FILES_PREFIX,
  type DownloadHeaders,
} from '../../web/src/lib/cms/files/download-types.ts';
import { type Logger } from './logger.ts';
import { currentLink } from './releases.ts';
import { type ReleaseUsage } from './release-usage.ts';
import { createReleaseRedirects, gonePageFile, redirectLocation } from './release-redirects.ts';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, securityHeaders } from './security-headers.ts';
import { isContentHashed, parseSitePath } from './site-paths.ts';

export type SiteHandlerOptions = {
  dataDir: string;
  scriptSrc: string;
  usage: ReleaseUsage;
  logger: Logger;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const MIN_COMPRESS_BYTES = 1024;

const statFile = async (file: string): Promise<Stats | null> => {
  try {
    return await stat(file);
  } catch {
    return null;
  }
};

type Resolved = { kind: 'file'; file: string; info: Stats } | { kind: 'redirect' } | { kind: 'missing' };

/**
 * Which file answers a path: /dir/ -> dir/index.html; /name -> name, else name.html;
 * /dir (with an index) -> redirect to /dir/. A directory without an index is never listed.
 */
const resolveFile = async (base: string, trailingSlash: boolean): Promise<Resolved> => {
  const candidates = trailingSlash ? [path.join(base, 'index.html')] : [base, `${base}.html`];
  if (!trailingSlash) {
    const info = await statFile(base);
    if (info?.isDirectory()) {
      const index = await statFile(path.join(base, 'index.html'));
      return index?.isFile() ? { kind: 'redirect' } : { kind: 'missing' };
    }
  }
  for (const file of candidates) {
    const info = await statFile(file);
    if (info?.isFile()) return { kind: 'file', file, info };
  }
  return { kind: 'missing' };
};

const pickEncoding = (req: IncomingMessage): 'br' | 'gzip' | null => {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
};

export const createSiteHandler = ({ dataDir, scriptSrc, usage, logger }: SiteHandlerOptions): Handler => {
  const baseHeaders = securityHeaders({ scriptSrc });
  const releaseRedirects = createReleaseRedirects();

  const sendText = (
    res: ServerResponse,
    status: number,
    text: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...baseHeaders,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(text),
      ...extra,
    });
    res.end(text);
  };

  /** Streams one file of the release, compressed when worthwhile, answering revalidation with 304. */
  const sendFile = async (
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    info: Stats,
    status: number,
    cacheControl: string,
    releaseId: string,
    download?: DownloadHeaders,
  ): Promise<void> => {
    const contentType = download?.['Content-Type'] ?? contentTypeFor(file);
    const compressible = isCompressible(contentType);
    const encoding = compressible && info.size >= MIN_COMPRESS_BYTES ? pickEncoding(req) : null;
    const tag = `${info.ino.toString(36)}-${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
    const etag = `"${tag}${encoding ? `-${encoding}` : ''}"`;
    const headers: Record<string, string | number> = {
      ...baseHeaders,
      'Content-Type': contentType,
      'Cache-Control': cacheControl,
      ETag: etag,
      'X-Release': releaseId,
      'Accept-Ranges': 'none',
      ...download,
    };
    if (compressible) headers.Vary = 'Accept-Encoding';
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    if (encoding) headers['Content-Encoding'] = encoding;
    else headers['Content-Length'] = info.size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const source = createReadStream(file);
    if (encoding === 'br') {
      await pipeline(source, createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }), res);
    } else if (encoding === 'gzip') {
      await pipeline(source, createGzip({ level: 6 }), res);
    } else {
      await pipeline(source, res);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    // Once per request: from here on, every file is read from this directory.
    let root: string;
    try {
      root = await realpath(currentLink(dataDir));
    } catch {
      sendText(res, 503, 'The site is not published yet.\n', { 'Retry-After': '30' });
      return;
    }
    const releaseId = path.basename(root);
    const done = usage.acquire(releaseId);
    res.once('close', done);

    const notFound = async (): Promise<void> => {
      const page = path.join(root, '404.html');
      const info = await statFile(page);
      if (info?.isFile()) await sendFile(req, res, page, info, 404, REVALIDATE_CACHE, releaseId);
      else sendText(res, 404, 'Not found\n', { 'X-Release': releaseId });
    };

    const target = parseSitePath(req.url);
    if (!target.ok) {
      logger.debug('site request refused', { path: req.url?.slice(0, 200), reason: target.reason });
      if (target.status === 400) sendText(res, 400, 'Bad request\n');
      else await notFound();
      return;
    }
    const base = path.join(root, ...target.segments);
    if (base !== root && !base.startsWith(root + path.sep)) {
      sendText(res, 400, 'Bad request\n');
      return;
    }

    // Old addresses first: a static host's fallback page may sit at one, the server answers 301/410.
    const redirect = await releaseRedirects(root, releaseId, target.pathname);
    if (redirect?.status === 301) {
      res.writeHead(301, {
        ...baseHeaders,
        Location: redirectLocation(redirect.to, target.query),
        'Cache-Control': 'no-cache',
        'X-Release': releaseId,
      });
      res.end();
      return;
    }
    if (redirect?.status === 410) {
      const page = gonePageFile(root, redirect.locale);
      const info = await statFile(page);
      if (info?.isFile()) await sendFile(req, res, page, info, 410, REVALIDATE_CACHE, releaseId);
      else sendText(res, 410, 'Gone\n', { 'X-Release': releaseId });
      return;
    }

    const found = await resolveFile(base, target.trailingSlash);
    if (found.kind === 'redirect') {
      const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
      res.writeHead(301, {
        ...baseHeaders,
        Location: `${rawPath}/${target.query}`,
        'Cache-Control': 'no-cache',
      });
      res.end();
      return;
    }
    if (found.kind === 'missing') {
      await notFound();
      return;
    }
    const { file, info } = found;
    // A symlink inside a release must not lead out of it.
    const real = await realpath(file);
    if (!real.startsWith(root + path.sep)) {
      await notFound();
      return;
    }
    const cache = isContentHashed(target.pathname) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
    // A CMS file goes out by the download rules, judged by the file actually read.
    const filesDir = path.join(root, ...FILES_PREFIX.split('/').filter(Boolean));
    const download = real.startsWith(filesDir + path.sep) ? downloadHeaders(path.basename(real)) : undefined;
    await sendFile(req, res, real, info, 200, cache, releaseId, download);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A visitor closing the connection mid-download is normal, not a fault.
      const code = (error as NodeJS.ErrnoException).code;
      // A visitor closing the tab mid-download is normal, not a fault of the site.
      const disconnected = ['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'ERR_STREAM_UNABLE_TO_PIPE', 'EPIPE'];
      const level = code !== undefined && disconnected.includes(code) ? 'debug' : 'warn';
      logger[level]('site request failed', { path: req.url?.slice(0, 200), error });
      if (!res.headersSent) sendText(res, 500, 'Internal error\n');
      else res.destroy();
    });
  };
};
