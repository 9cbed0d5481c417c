// @ts-check
/**
 * The site's build command (`npm run build` in web/, the rebuild service's cold build command,
 * the tests' and benchmarks' builds): `astro build` with the arguments given (--root, --outDir,
 * --force…), then the Pagefind search index of the pages it wrote, once Astro's process has
 * exited (index-built-site.ts). Apart, because together they outgrew what a build may hold: at
 * 12,000 entries Astro's process ends the build at ~1.3-1.4 GB (most of it native memory its
 * bundling left, which no garbage collection gives back) and Pagefind's indexer takes ~300 MB
 * per shard beside it.
 * Plain JavaScript that loads nothing until Astro is done: this process only waits meanwhile,
 * and Node's TypeScript support and the site's modules would make it wait at ~85 MB, not ~40.
 * The rebuild service's warm worker keeps Astro loaded between builds and does not use this.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const WEB_DIR = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);

const astroBin = () => {
  const manifestPath = createRequire(path.join(WEB_DIR, 'package.json')).resolve('astro/package.json');
  const bin = JSON.parse(readFileSync(manifestPath, 'utf8')).bin?.astro;
  if (typeof bin !== 'string') throw new Error('astro/package.json names no `astro` binary');
  return path.join(path.dirname(manifestPath), bin);
};

/** @returns {Promise<number>} Astro's exit code. */
const runAstroBuild = () =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin(), 'build', ...args], {
      stdio: 'inherit',
      // At most two malloc arenas unless the caller says otherwise: glibc's default (8 per core)
      // left ~130 MB more native memory behind in Astro's process at 12,000 entries.
      env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || '2' },
    });
    // A stop asked of this command is Astro's too (a process-group kill reaches both anyway).
    /** @param {NodeJS.Signals} signal */
    const forward = (signal) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      if (signal) process.stderr.write(`astro build was stopped by ${signal}\n`);
      resolve(code ?? 1);
    });
  });

const code = await runAstroBuild();
if (code !== 0) process.exit(code);
const { indexBuiltSite } = await import('./index-built-site.ts');
await indexBuiltSite(args);
