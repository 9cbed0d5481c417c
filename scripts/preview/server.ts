/**
 * The draft preview server: in front of the Astro bundle (web/astro.preview.config.mjs), it lets
 * through only what a preview needs and sends every response with the preview headers.
 *  - GET /preview/?<signed link>: checked (signed-link.ts), then rendered by the bundle with the
 *    checked target (web/src/preview/request-target.ts); one at a time, as the bundle's content
 *    store holds one preview's content. Unsigned, expired or tampered: 403.
 *  - The page's own assets: /_astro/*, /_image (the CMS's images, resized), /files/* (the files it
 *    links), /favicon.svg.
 *  - GET /health for the supervisor; anything else 403, and only GET or HEAD.
 */
import http from 'node:http';
import { withPreviewTarget } from '../../web/src/preview/request-target.ts';
import type { Logger } from '../rebuild/logger.ts';
import { previewHeaders } from './headers.ts';
import { checkPreviewLink } from './signed-link.ts';

export type BundleHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export type PreviewServerOptions = {
  secret: string;
  adminOrigin: string;
  handler: BundleHandler;
  logger: Logger;
  now?: () => number;
};

const ASSETS = [/^\/_astro\/[\w.-]+$/, /^\/_image$/, /^\/files\/[\w-]+\/[^/]+$/, /^\/favicon\.svg$/];

/**
 * Astro sends each page's own policy as a header (the hashes of its inline scripts and styles),
 * which would replace ours: both are sent, and a browser enforces both, so the page keeps its
 * hashes and `frame-ancestors` still names only the admin.
 */
const keepOwnPolicy = (res: http.ServerResponse, policy: string): void => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as
      Record<string, unknown> | undefined;
    for (const name of Object.keys(headers ?? {})) {
      if (headers && name.toLowerCase() === 'content-security-policy')
        headers[name] = [policy, ...[headers[name]].flat().map(String)];
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
};

export const REFUSED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview link not valid</title></head><body><main><h1>This preview link is not valid</h1><p>Preview links work for a few minutes, for the entry they were made for. Open Preview again from the entry in the CMS.</p></main></body></html>`;

export const createPreviewServer = ({
  secret,
  adminOrigin,
  handler,
  logger,
  now = Date.now,
}: PreviewServerOptions) => {
  const headers = previewHeaders(adminOrigin);
  let queue: Promise<void> = Promise.resolve();

  /** Runs one render once the one before it has been sent (or its client has gone). */
  const oneAtATime = (res: http.ServerResponse, render: () => void | Promise<void>): void => {
    queue = queue.then(
      () =>
        new Promise<void>((done) => {
          res.once('close', () => done());
          Promise.resolve()
            .then(render)
            .catch((error: unknown) => {
              logger.error('preview failed', { error });
              if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
              res.end('The preview could not be made. Try again in a minute.');
            });
        }),
    );
  };

  const refuse = (res: http.ServerResponse, status: number, body = REFUSED_PAGE): void => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  };

  return http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    keepOwnPolicy(res, headers['Content-Security-Policy'] ?? '');
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return refuse(res, 405, 'Method not allowed');
    }
    if (url.pathname === '/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end('{"ok":true}');
    }
    if (url.pathname === '/preview/') {
      const link = checkPreviewLink(url.searchParams, secret, now());
      if (!link.ok) {
        logger.warn('preview link refused', { reason: link.reason });
        return refuse(res, 403);
      }
      return oneAtATime(res, () => withPreviewTarget(link.target, () => handler(req, res)));
    }
    if (ASSETS.some((pattern) => pattern.test(url.pathname))) return void handler(req, res);
    return refuse(res, 403);
  });
};
