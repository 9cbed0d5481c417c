/**
 * The list of files the published entries link to, one manifest per collection. The loader writes
 * it after every sync (from the whole store, so unchanged entries count); the build integration
 * copies exactly these files into dist/, so a file of an unpublished resource is never served.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { manifestsDir } from './paths';

export type ManifestFile = { href: string; mime: string };

export const writeManifest = async (
  cacheDir: string,
  collection: string,
  files: ManifestFile[],
): Promise<void> => {
  const dir = manifestsDir(cacheDir);
  await mkdir(dir, { recursive: true });
  const unique = [...new Map(files.map((f) => [f.href, f])).values()].sort((a, b) =>
    a.href.localeCompare(b.href),
  );
  const target = path.join(dir, `${collection}.json`);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(unique, null, 1));
  await rename(temporary, target);
};

export const readManifests = async (cacheDir: string): Promise<ManifestFile[]> => {
  const dir = manifestsDir(cacheDir);
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  const lists = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as ManifestFile[]),
  );
  return [...new Map(lists.flat().map((f) => [f.href, f])).values()];
};
