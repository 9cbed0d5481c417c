import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';
import { adminOrigins } from '../src/http/admin-origins';

const config = (): Core.Config.Middlewares => [
  // One line per request, without the query's values (they carry tokens and reset codes).
  'global::request-log',
  'strapi::errors',
  // A 503 that says nothing was saved while the database is unreachable, not Strapi's misleading error.
  'global::database-outage',
  'strapi::security',
  // Browsers may call the CMS with credentials only from the admin's own origin (not any origin).
  { name: 'strapi::cors', config: { origin: adminOrigins(cmsEnv()) } },
  'strapi::poweredBy',
  // Upload refusals reworded for editors; it must sit between strapi::errors and strapi::body.
  'global::upload-messages',
  'strapi::query',
  {
    name: 'strapi::body',
    // Stop an oversize upload while it streams in, at the same limit the upload plugin applies.
    config: { formidable: { maxFileSize: cmsEnv().UPLOAD_SIZE_LIMIT_MB * 1024 * 1024 } },
  },
  // Every uploaded file's content must be of an allowed type its name agrees with.
  'global::upload-content-check',
  'strapi::session',
  'strapi::favicon',
  // 304 for unchanged uploads, so site builds reuse their optimised images.
  'global::conditional-get',
  // Uploads go out with nosniff, and as downloads unless they are images or PDFs.
  'global::upload-serving',
  'strapi::public',
];

export default config;
