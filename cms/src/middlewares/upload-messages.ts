import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cmsEnv } from '../env';
import { fileTooLargeMessage, friendlyTypeRefusal } from '../uploads/refusal-messages';

type UploadedFile = { mimetype?: string | null; originalFilename?: string | null };

/** The media library's routes: `/upload/...` in the admin, `/api/upload/...` in the content API. */
export const isUploadPath = (path: string, apiPrefix: string): boolean =>
  [`/upload`, `${apiPrefix}/upload`].some((base) => path === base || path.startsWith(`${base}/`));

const firstFile = (files: unknown): UploadedFile | undefined => {
  const value = (files as { files?: UploadedFile | UploadedFile[] } | undefined)?.files;
  return Array.isArray(value) ? value[0] : value;
};

const isTooLarge = (error: unknown): boolean =>
  (error instanceof errors.HttpError && error.status === 413) || error instanceof errors.PayloadTooLargeError;

/**
 * Global middleware (config/middlewares.ts) that keeps the upload plugin's own checks (MIME
 * detection, the allow/deny lists and size limit from config/plugins.ts) and only rewords
 * their refusals so an editor learns what they may upload instead. It sits inside
 * strapi::errors, which turns the rethrown error into the response, and outside strapi::body,
 * whose early 413 (the file is cut off while it streams in) it rewrites on the way out.
 */
const uploadMessages: Core.MiddlewareFactory = (_config, { strapi }) => {
  const apiPrefix = String(strapi.config.get('api.rest.prefix', '/api'));
  const limitMb = cmsEnv().UPLOAD_SIZE_LIMIT_MB;
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || !isUploadPath(ctx.path, apiPrefix)) return next();
    try {
      await next();
    } catch (error) {
      const file = firstFile((ctx.request as { files?: unknown }).files);
      if (isTooLarge(error)) {
        throw new errors.PayloadTooLargeError(
          fileTooLargeMessage(limitMb, file?.originalFilename ?? undefined),
        );
      }
      if (error instanceof errors.ValidationError) {
        const friendly = friendlyTypeRefusal(error.message, file?.mimetype ?? undefined);
        if (friendly) throw new errors.ValidationError(friendly, error.details);
      }
      throw error;
    }
    if (ctx.status === 413) {
      ctx.body = {
        data: null,
        error: {
          status: 413,
          name: 'PayloadTooLargeError',
          message: fileTooLargeMessage(limitMb),
          details: {},
        },
      };
    }
  };
};

export default uploadMessages;
