/**
 * The npm registry reachable here serves only this platform's builds of native packages
 * (e.g. @swc/core-darwin-arm64 answers 404), so `npm install` leaves other platforms' optional
 * dependencies out of package-lock.json, and `npm ci` then refuses the lock as "out of sync".
 * This adds a minimal entry for each missing optional dependency, marked optional: npm ci on
 * any platform accepts the lock, installs what exists and skips what it cannot fetch.
 * Run after changing dependencies: node scripts/lockfile-platform-stubs.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(location, name)) continue;
    const version = /^\d+\.\d+\.\d+/.test(range) ? range : range.replace(/^[\^~>=<\s]+/, '');
    packages[`node_modules/${name}`] = { version, optional: true };
    added += 1;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);
