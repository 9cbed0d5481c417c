import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Server => {
  const env = cmsEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.PUBLIC_URL ? { url: env.PUBLIC_URL } : {}),
    // Production sits behind exactly one reverse proxy (TLS), which appends the address it saw to
    // X-Forwarded-For: that rightmost entry is the client (the admin login limiter's key, and
    // X-Forwarded-Proto says whether it came over HTTPS); anything to its left came from the client.
    // Strapi reads `proxy.koa`: a bare `proxy: true` is ignored.
    proxy: env.isProduction ? { koa: true, maxIpsCount: 1 } : false,
    ...(env.PUBLIC_DIR ? { dirs: { public: env.PUBLIC_DIR } } : {}),
    app: { keys: env.APP_KEYS },
    webhooks: { populateRelations: false },
    logger: { updates: { enabled: false }, startup: { enabled: !env.isProduction } },
  };
};

export default config;
