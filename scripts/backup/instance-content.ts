/**
 * What a CMS instance already holds that a restore would replace: entries of the site's own
 * content types, media library records and files, visitor accounts. What every fresh instance
 * creates for itself at start-up (locales, roles, the first administrator, the build token) does
 * not count: an instance with only that is empty.
 */
import { readdirSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { uploadsDirOf } from './load-cms.ts';

export type Holding = { what: string; count: number };

const PLUGIN_TYPES: Record<string, string> = {
  'plugin::upload.file': 'media library files',
  'plugin::upload.folder': 'media library folders',
  'plugin::users-permissions.user': 'user accounts',
};

/** Files in the uploads folder, at any depth, apart from the placeholder that keeps it in git. */
const countUploadedFiles = (dir: string): number => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.name !== '.gitkeep',
    ).length;
  } catch {
    return 0; // no uploads folder: nothing uploaded
  }
};

export const instanceHoldings = async (strapi: Core.Strapi): Promise<Holding[]> => {
  const holdings: Holding[] = [];
  // The site's own types first: they are what an operator recognises.
  const types = Object.entries(strapi.contentTypes).sort(
    ([a], [b]) => Number(b.startsWith('api::')) - Number(a.startsWith('api::')),
  );
  for (const [uid, contentType] of types) {
    const what = uid.startsWith('api::') ? contentType.info.displayName : PLUGIN_TYPES[uid];
    if (!what) continue;
    const count = await strapi.db.query(uid as never).count();
    if (count > 0) holdings.push({ what, count });
  }
  const files = countUploadedFiles(uploadsDirOf(strapi));
  if (files > 0) holdings.push({ what: 'files in the uploads folder', count: files });
  return holdings;
};

/** "Article 24, Resource 10, files in the uploads folder 48" (rows: each language and draft counts). */
export const describeHoldings = (holdings: Holding[]): string =>
  holdings.map((h) => `${h.what} ${h.count}`).join(', ');
