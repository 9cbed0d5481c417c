/**
 * Completes package-lock.json with what npm leaves out on this machine, so that every package
 * entry carries `resolved` and `integrity` and `npm ci` verifies every tarball it downloads:
 *
 *  - Other platforms' builds of native packages (e.g. @swc/core-darwin-arm64): `npm install`
 *    here does not fetch them, so it leaves them out of the lock, and `npm ci` then refuses the
 *    lock as "out of sync". Each missing (or incomplete) optional dependency gets the entry npm
 *    would write, from the registry's own metadata (`npm view`): version, resolved, integrity,
 *    os/cpu/libc, engines, license. npm ci on any platform installs the one that fits, checked
 *    against its hash, and skips the rest.
 *  - `resolved`, which npm omits when the user's npm config says omit-lockfile-registry-resolved
 *    (the project's .npmrc now says otherwise): the registry's tarball URL for the name and version.
 *
 * Run after changing dependencies: node scripts/lockfile-platform-stubs.mjs (it asks the registry
 * only about incomplete entries, and changes nothing in a complete lock). e2e/production/
 * lockfile.test.ts fails while any entry lacks `resolved` or `integrity`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const REGISTRY = 'https://registry.npmjs.org';
const lockPath = path.resolve(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** Where npm would look for `name` required from the package at `from` (node resolution). */
const resolves = (from, name) => {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
};

/** The package name an installed location holds (an alias entry names the real package). */
const nameAt = (location, entry) => entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 13);
const isRegistryPackage = (location, entry) =>
  location.includes('node_modules/') && !entry.link && /^\d+\.\d+\.\d+(-[\w.-]+)?$/.test(entry.version ?? '');
const tarballUrl = (name, version) => `${REGISTRY}/${name}/-/${name.split('/').pop()}-${version}.tgz`;

/** What the registry says of one published version: the fields npm copies into a lock entry. */
const registryEntry = (name, version) => {
  const json = execFileSync('npm', ['view', `${name}@${version}`, '--json'], { encoding: 'utf8' });
  const meta = JSON.parse(json);
  if (!meta?.dist?.integrity) throw new Error(`the registry gives no integrity for ${name}@${version}`);
  const { os, cpu, libc, engines, license } = meta;
  return {
    resolved: meta.dist.tarball,
    integrity: meta.dist.integrity,
    ...(cpu ? { cpu } : {}),
    ...(libc ? { libc } : {}),
    ...(license ? { license } : {}),
    ...(os ? { os } : {}),
    ...(engines ? { engines } : {}),
  };
};

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(location, name)) continue;
    const version = /^\d+\.\d+\.\d+/.test(range) ? range : range.replace(/^[\^~>=<\s]+/, '');
    packages[`node_modules/${name}`] = { version, optional: true, ...(entry.dev ? { dev: true } : {}) };
    added += 1;
  }
}

let completed = 0;
let resolvedAdded = 0;
for (const [location, entry] of Object.entries(packages)) {
  if (!isRegistryPackage(location, entry)) continue;
  const name = nameAt(location, entry);
  if (!entry.integrity) {
    const { resolved, integrity, ...rest } = registryEntry(name, entry.version);
    // npm's field order: version, resolved, integrity first.
    const { version, ...flags } = entry;
    packages[location] = { version, resolved, integrity, ...rest, ...flags };
    completed += 1;
  } else if (!entry.resolved) {
    const { version, ...others } = entry;
    packages[location] = { version, resolved: tarballUrl(name, version), ...others };
    resolvedAdded += 1;
  }
}

writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `lockfile: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added, ${completed} completed from ` +
    `the registry, ${resolvedAdded} given their tarball URL`,
);
