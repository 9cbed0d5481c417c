/**
 * The compiled CMS the tools load. By default cms/dist, brought up to date first with the same
 * incremental `tsc` as `npm start` (a second or two when nothing changed; never Strapi's own
 * compile step, which would wipe the built admin panel in cms/dist/build), so a fresh clone
 * with no cms/dist works too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, requireFromCms } from './paths.ts';

const DIST_DIR = path.join(CMS_DIR, 'dist');
const PREPARE_LOCK = path.join(CMS_DIR, '.tmp', 'prepare.lock');

const entryOf = (distDir: string): string => path.join(distDir, 'src', 'index.js');

export const compiledCms = (prebuilt: string | undefined, say: (line: string) => void): string => {
  if (prebuilt) {
    if (!existsSync(entryOf(prebuilt))) {
      throw new Error(
        `BACKUP_CMS_DIST_DIR is ${prebuilt}, but there is no compiled CMS in it (src/index.js)`,
      );
    }
    return prebuilt;
  }
  say('Compiling the CMS…');
  const tsc = [requireFromCms.resolve('typescript/bin/tsc'), '-p', path.join(CMS_DIR, 'tsconfig.json')];
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: CMS_DIR, stdio: 'pipe' });
  // The lock scripts/cms-prepare.sh takes: `npm start` and a backup started together take turns
  // writing cms/dist instead of both writing it at once.
  mkdirSync(path.dirname(PREPARE_LOCK), { recursive: true });
  try {
    try {
      run('flock', [PREPARE_LOCK, process.execPath, ...tsc]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      run(process.execPath, tsc); // no flock(1) on this system (it is in Linux's util-linux)
    }
  } catch (error) {
    const output = String((error as { stdout?: unknown }).stdout ?? '')
      .trim()
      .split('\n')
      .slice(0, 20)
      .join('\n');
    // tsc writes nothing when the code has type errors, so cms/dist is still what the CMS last
    // ran: a backup should not wait for someone's unfinished change to compile.
    if (!existsSync(entryOf(DIST_DIR))) {
      throw new Error(
        `The CMS code does not compile, and there is no compiled CMS to use instead:\n${output}`,
        {
          cause: error,
        },
      );
    }
    say(`Warning: the CMS code does not compile, so the CMS compiled last (cms/dist) is used:\n${output}`);
    return DIST_DIR;
  }
  if (!existsSync(entryOf(DIST_DIR))) throw new Error(`Compiling the CMS produced nothing in ${DIST_DIR}`);
  return DIST_DIR;
};
