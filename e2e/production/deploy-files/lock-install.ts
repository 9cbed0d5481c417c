/**
 * Which packages `npm ci --workspace <ws> --omit=dev` installs, read from package-lock.json: the
 * workspace's dependencies and, through them, everything they need, at the locations the lock
 * gives (node_modules/zod, node_modules/@strapi/core/node_modules/zod…), as Node resolves them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type LockPackage = {
  link?: boolean;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
type Lock = { packages: Record<string, LockPackage> };

/** Where Node looks for `name` from the package at `location`: its own node_modules, then its parents'. */
export const lookupPath = (location: string, name: string): string[] => {
  const found: string[] = [];
  let base = location;
  for (;;) {
    found.push(base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`);
    if (base === '') return found;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
};

/** Lock locations installed for a workspace's production dependencies (the workspace folder included). */
export const productionInstall = (repoRoot: string, workspace: string): Set<string> => {
  const { packages } = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lock;
  const installed = new Set<string>();
  const visit = (location: string): void => {
    if (installed.has(location)) return;
    installed.add(location);
    const entry = packages[location];
    if (!entry) return;
    if (entry.link && entry.resolved) return visit(entry.resolved);
    const optionalPeer = (name: string) => entry.peerDependenciesMeta?.[name]?.optional === true;
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeer(name)),
    ];
    for (const name of names) {
      const resolved = lookupPath(location, name).find((candidate) => packages[candidate] !== undefined);
      if (resolved) visit(resolved);
    }
  };
  visit(workspace);
  return installed;
};
