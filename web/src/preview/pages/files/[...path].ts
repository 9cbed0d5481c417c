/**
 * The CMS files the previewed pages link to (/files/<hash>/<name>), from the preview's own file
 * cache, sent as the site's servers send them (download-types.ts): only what the loader put there.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { previewEnv } from '../../../env';
import { downloadHeaders } from '../../../lib/cms/files/download-types';
import { cachedFilePath } from '../../../lib/cms/files/paths';

export const GET: APIRoute = async ({ url }) => {
  const cacheDir = path.join(previewEnv().PREVIEW_DATA_DIR, 'files');
  try {
    const file = cachedFilePath(cacheDir, decodeURIComponent(url.pathname));
    const headers = { ...downloadHeaders(path.basename(file)), 'X-Content-Type-Options': 'nosniff' };
    return new Response(await readFile(file), { headers });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
