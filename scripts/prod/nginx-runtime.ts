/**
 * Debian's nginx for start:prod: the same configuration as the web image (deploy/nginx), rendered
 * into a temporary prefix that also holds the pid and temp files, run in the foreground with
 * its logs on stdout/stderr.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INCLUDED_FILES, NGINX_DIR, readTemplate, renderNginxConf } from './nginx-config.ts';

export type NginxRun = { prefix: string; command: string; args: string[] };

export const prepareNginx = (
  repoRoot: string,
  options: { nginxBin: string; listen: string; root: string },
): NginxRun => {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'start-prod-nginx-'));
  const confDir = path.join(prefix, 'conf');
  mkdirSync(confDir);
  for (const name of INCLUDED_FILES)
    copyFileSync(path.join(NGINX_DIR(repoRoot), name), path.join(confDir, name));
  // A master started as root would hand the workers to `nobody`, who may not be able to read the
  // data dir: they run as whoever runs start:prod, like the CMS and the rebuild worker.
  const user = process.getuid?.() === 0 ? os.userInfo().username : undefined;
  const conf = path.join(confDir, 'nginx.conf');
  const values = { listen: options.listen, root: options.root, ...(user ? { user } : {}) };
  writeFileSync(conf, renderNginxConf(readTemplate(repoRoot), values));
  // deploy/nginx/serve.sh, as in the web image: nginx in the foreground, its `access_log
  // /dev/stdout` on a real pipe (nginx opens it by path, which fails on the socket Node gives a
  // child: ENXIO), signals passed on, and a reload whenever `current` (options.root) changes, so
  // that the new release's redirect map is read.
  const serve = path.join(NGINX_DIR(repoRoot), 'serve.sh');
  return { prefix, command: 'bash', args: [serve, options.nginxBin, `${prefix}/`, conf, options.root] };
};
