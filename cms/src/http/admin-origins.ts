import type { CmsEnv } from '../env';

/** Hosts that mean "this machine" (or every interface of it): the admin is opened at a loopback name. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '0.0.0.0', '::', '::1']);

/**
 * The origins the admin panel is opened from, and so the only ones a browser may call the CMS
 * from with credentials (strapi::cors). The site never calls the CMS from a browser: it is
 * built from it. PUBLIC_URL when set; and the server's own address (as http://127.0.0.1:PORT
 * and http://localhost:PORT when it listens on a loopback or every interface, e.g. through an
 * SSH tunnel).
 */
export const adminOrigins = (env: Pick<CmsEnv, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string[] => {
  const own = LOCAL_HOSTS.has(env.HOST)
    ? [`http://127.0.0.1:${env.PORT}`, `http://localhost:${env.PORT}`]
    : [`http://${env.HOST}:${env.PORT}`];
  const origins = env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).origin, ...own] : own;
  return [...new Set(origins)];
};
