import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';
import { previewConfig } from '../src/preview/preview-config';

const config = (): Core.Config.Admin => {
  const env = cmsEnv();
  return {
    auth: { secret: env.ADMIN_JWT_SECRET ?? '' },
    apiToken: { salt: env.API_TOKEN_SALT ?? '' },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT ?? '' } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY ?? '' },
    // No calls home from the admin: the machine may be offline and the charity wants no tracking.
    flags: { nps: false, promoteEE: false, docLinks: false },
    // Draft preview in our preview server (web/src/preview), through signed short-lived links.
    preview: previewConfig(env),
  };
};

export default config;
