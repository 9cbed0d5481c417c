/**
 * Serves the CMS files the Strapi loader downloaded: copies the ones published entries link to
 * into dist/ after a build, and serves them under /files/ in `astro dev`. Files live outside
 * public/ so the source tree stays clean and a withdrawn file never lingers in the output; after
 * the copy, the cache drops every file no published entry links to any more.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { downloadHeaders } from './download-types';
import { pruneFileCache } from './file-cache';
import { readManifests } from './manifest';
import { FILES_URL_PREFIX, cachedFilePath, filesCacheDir } from './paths';

export const cmsFiles = (): AstroIntegration => {
  let cacheDir = '';
  return {
    name: 'cms-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = filesCacheDir(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURI((request.url ?? '').split('?')[0] ?? '');
          if (!pathname.startsWith(FILES_URL_PREFIX)) return next();
          readManifests(cacheDir)
            .then(async (files) => {
              const file = files.find((f) => f.href === pathname);
              if (!file) return next();
              // As the site's servers send it (scripts/rebuild/download-types.ts).
              const headers = downloadHeaders(path.basename(file.href));
              for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
              response.setHeader('X-Content-Type-Options', 'nosniff');
              response.end(await readFile(cachedFilePath(cacheDir, file.href)));
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await readManifests(cacheDir);
        const outDir = fileURLToPath(dir);
        for (const file of files) {
          const source = cachedFilePath(cacheDir, file.href);
          if (!existsSync(source)) {
            throw new Error(`CMS file ${file.href} is missing from ${cacheDir}: build again with --force`);
          }
          const target = path.join(outDir, ...file.href.split('/').filter(Boolean));
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(source, target);
        }
        logger.info(`copied ${files.length} CMS file(s) into ${FILES_URL_PREFIX}`);
        const dropped = await pruneFileCache(cacheDir, new Set(files.map((file) => file.href)));
        if (dropped > 0) logger.info(`file cache: dropped ${dropped} file(s) no published entry links to`);
      },
    },
  };
};
