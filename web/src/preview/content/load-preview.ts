/**
 * One preview, from the checked target to the content the page renders: the published site
 * brought up to date, then the entry on preview read and put in its place.
 */
import path from 'node:path';
import { previewEnv } from '../../env';
import { parseLoaderSettings } from '../../loaders/strapi/options';
import type { SyncContext } from '../../loaders/strapi/context';
import type { PreviewTarget } from '../request-target';
import { previewContent, type PreviewContent } from './preview-content';
import { refreshPublishedSite } from './published-site';

// Warnings in the preview server's log format (scripts/rebuild/logger.ts); the loader's
// per-collection counts at every preview would drown them.
const logger: SyncContext['logger'] = {
  info: () => undefined,
  debug: () => undefined,
  warn: (msg) => {
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg })}\n`);
  },
};

export const loadPreview = async (target: PreviewTarget): Promise<PreviewContent> => {
  const env = previewEnv();
  const settings = parseLoaderSettings({ url: env.CMS_URL, token: env.PREVIEW_API_TOKEN });
  const filesCacheDir = path.join(env.PREVIEW_DATA_DIR, 'files');
  const published = await refreshPublishedSite(settings, filesCacheDir, logger);
  return previewContent(target, { settings, filesCacheDir, published, logger });
};
