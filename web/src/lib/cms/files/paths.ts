/**
 * Where downloaded CMS files live between builds. The cache mirrors the site's URLs:
 * `<cache>/site/files/<sha256 prefix>/<name>` is served at `/files/<sha256 prefix>/<name>`.
 *   <cache>/index.json                  CMS file (hash + updatedAt + url) -> href, so unchanged files are not downloaded again
 *   <cache>/manifests/<collection>.json the hrefs the published entries use (only these reach dist/)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES_PREFIX } from './download-types';

export const FILES_URL_PREFIX = FILES_PREFIX;

export const filesCacheDir = (root: URL): string =>
  path.join(fileURLToPath(root), 'node_modules', '.cache', 'cms-files');

export const cachedFilePath = (cacheDir: string, href: string): string => {
  if (!href.startsWith(FILES_URL_PREFIX) || href.includes('..'))
    throw new Error(`Not a site file href: ${href}`);
  return path.join(cacheDir, 'site', ...href.split('/').filter(Boolean));
};

export const indexPath = (cacheDir: string): string => path.join(cacheDir, 'index.json');
export const manifestsDir = (cacheDir: string): string => path.join(cacheDir, 'manifests');
