import { rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkFile } from '../uploads/check-file';

type MultipartFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null };

const filesOf = (request: unknown): MultipartFile[] =>
  Object.values((request as { files?: Record<string, MultipartFile | MultipartFile[]> }).files ?? {}).flat();

/**
 * Global middleware (config/middlewares.ts, right after strapi::body): every file a request
 * carries, on any route (the media library, Replace media, the content API, the admin's logo
 * settings), passes the upload rule (uploads/check-file.ts) before a controller sees it, so an
 * editor gets the one message that says what is wrong and what is allowed. A refused request's
 * temporary files are removed at once. The upload service checks again (register/upload-service-guard.ts),
 * for the ways in that carry no multipart body, and stores each file under its detected type.
 */
const uploadContentCheck: Core.MiddlewareFactory = () => async (ctx, next) => {
  const files = filesOf(ctx.request);
  for (const file of files) {
    const verdict = await checkFile({ name: file.originalFilename ?? '', filepath: file.filepath });
    if (!verdict.ok) {
      await Promise.all(files.map((each) => rm(each.filepath, { force: true })));
      throw new errors.ValidationError(verdict.message);
    }
    // What the browser claimed no longer matters: later checks see what the bytes are.
    file.mimetype = verdict.type.mime;
  }
  await next();
};

export default uploadContentCheck;
