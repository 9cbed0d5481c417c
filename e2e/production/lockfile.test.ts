/**
 * package-lock.json pins every package it installs to a registry tarball and its hash, so
 * `npm ci` (on a laptop, in CI, in the images) installs exactly what was reviewed, whatever the
 * platform: other platforms' native builds included (scripts/lockfile-platform-stubs.mjs writes
 * their entries from the registry's metadata, as npm would).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './deploy-files/compose-config';

type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
};
const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
// Installed packages: everything under a node_modules folder. The other entries are the root and
// the workspaces' own folders, which npm links rather than downloads.
const installed = Object.entries(lock.packages).filter(([location]) => location.includes('node_modules/'));

test('every installed package has a registry tarball and an integrity hash', () => {
  expect(installed.length).toBeGreaterThan(1000);
  const incomplete = installed
    .filter(([, entry]) => !entry.link)
    .filter(
      ([, entry]) =>
        !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity ?? '') ||
        !/^https:\/\/registry\.npmjs\.org\/.+\.tgz$/.test(entry.resolved ?? ''),
    )
    .map(([location, entry]) => `${location}: ${JSON.stringify(entry)}`);
  expect(incomplete).toEqual([]);
});

test("other platforms' native builds are in the lock as npm writes them: optional, with their os and cpu", () => {
  const swcDarwin = lock.packages['node_modules/@swc/core-darwin-arm64'];
  expect(swcDarwin).toEqual(
    expect.objectContaining({
      optional: true,
      os: ['darwin'],
      cpu: ['arm64'],
      integrity: expect.any(String),
    }),
  );
  const links = installed.filter(([, entry]) => entry.link);
  // Workspace links only, pointing at a folder of this repository.
  expect(links.length).toBeGreaterThan(0);
  for (const [location, entry] of links)
    expect({ location, resolved: entry.resolved }).toEqual({
      location,
      resolved: expect.stringMatching(/^[\w-]+$/),
    });
});

test(".npmrc keeps `resolved` in the lock whatever a developer's own npm config says", () => {
  const npmrc = readFileSync(path.join(REPO_ROOT, '.npmrc'), 'utf8');
  expect(npmrc).toMatch(/^omit-lockfile-registry-resolved=false$/m);
});
