import { ReadStream } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { servedAs } from '../uploads/served-as';

/**
 * The stored upload a request names, by meaning rather than spelling: the path as the static
 * server reads it (decoded, `.`/`..` and double slashes resolved) and compared without case, so
 * `/UPLOADS/x.xml`, `/%75ploads/x.xml` and `/a/../uploads/x.xml` all count.
 */
export const requestedUpload = (requestPath: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  const normal = path.posix.normalize(decoded);
  return /^\/uploads\/[^/]+$/i.test(normal) ? path.posix.basename(normal) : undefined;
};

/** The file a response streams from the uploads folder, whatever route served it. */
const streamedUpload = (body: unknown, uploadsDir: string): string | undefined => {
  if (!(body instanceof ReadStream) || typeof body.path !== 'string') return undefined;
  const file = path.resolve(body.path);
  return file.startsWith(uploadsDir + path.sep) ? path.basename(file) : undefined;
};

/**
 * Global middleware (config/middlewares.ts, around strapi::public and the upload plugin's
 * /uploads route): every stored upload goes out with `X-Content-Type-Options: nosniff` and the
 * type its stored extension stands for; anything that is not an image or a PDF as a download
 * (uploads/served-as.ts). It looks at both the request path and the file actually streamed, so
 * another casing, an encoded path or a range request cannot get the file sent any other way.
 */
const uploadServing: Core.MiddlewareFactory = (_config, { strapi }) => {
  const uploadsDir = path.resolve(strapi.dirs.static.public, 'uploads');
  return async (ctx, next) => {
    const requested = ctx.method === 'GET' || ctx.method === 'HEAD' ? requestedUpload(ctx.path) : undefined;
    await next();
    const served = streamedUpload(ctx.body, uploadsDir) ?? requested;
    if (served === undefined || ctx.status < 200 || ctx.status >= 300) return;
    const { contentType, disposition } = servedAs(served);
    ctx.type = contentType;
    if (disposition) ctx.set('Content-Disposition', disposition);
    else ctx.remove('Content-Disposition');
    ctx.set('X-Content-Type-Options', 'nosniff');
  };
};

export default uploadServing;
