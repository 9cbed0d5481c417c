import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // Content-API reads are published-only: ?status=draft is refused before any controller runs.
  'global::published-only',
  // Upload refusals reworded for editors; it must sit between strapi::errors and strapi::body.
  'global::upload-messages',
  'strapi::query',
  {
    name: 'strapi::body',
    // Stop an oversize upload while it streams in, at the same limit the upload plugin applies.
    config: { formidable: { maxFileSize: cmsEnv().UPLOAD_SIZE_LIMIT_MB * 1024 * 1024 } },
  },
  'strapi::session',
  'strapi::favicon',
  // 304 for unchanged uploads, so site builds reuse their optimised images.
  'global::conditional-get',
  'strapi::public',
];

export default config;
