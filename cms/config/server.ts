import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Server => {
  const env = cmsEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.PUBLIC_URL ? { url: env.PUBLIC_URL } : {}),
    proxy: env.isProduction,
    ...(env.PUBLIC_DIR ? { dirs: { public: env.PUBLIC_DIR } } : {}),
    app: { keys: env.APP_KEYS },
    webhooks: { populateRelations: false },
    logger: { updates: { enabled: false }, startup: { enabled: !env.isProduction } },
  };
};

export default config;
