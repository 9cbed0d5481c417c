/**
 * A tiny disk of the drill's own: a tmpfs of a few MiB mounted on a folder, which the drill can
 * fill to the last byte (ENOSPC) or remount read-only (EROFS) without touching the machine's
 * disks. Mounting needs root (CAP_SYS_ADMIN); `canMount()` tells whether this machine allows it.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type SmallDisk = {
  dir: string;
  /** Fills it with one file until not a byte more fits; returns that file. */
  fill: () => string;
  readOnly: () => void;
  readWrite: () => void;
  /** Unmounts it (lazily if something still holds it open). Safe to call twice. */
  unmount: () => void;
};

const run = (command: string, args: string[]): void => {
  execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
};

/** Whether a tmpfs can be mounted here (root in a container without CAP_SYS_ADMIN cannot). */
export const canMount = (): { ok: true } | { ok: false; reason: string } => {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'drill-mount-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
    run('umount', [probe]);
    return { ok: true };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error).trim();
    return { ok: false, reason: `cannot mount a tmpfs here (${stderr.split('\n')[0]})` };
  } finally {
    rmdirSync(probe);
  }
};

export const mountSmallDisk = (dir: string, sizeKiB: number): SmallDisk => {
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0755`, 'tmpfs', dir]);
  let mounted = true;
  const remount = (mode: 'ro' | 'rw'): void => run('mount', ['-o', `remount,${mode}`, dir]);
  return {
    dir,
    fill: () => {
      const file = path.join(dir, 'filler');
      const fd = openSync(file, 'w');
      try {
        // Big chunks first, then single pages, until the disk refuses even those.
        for (const size of [256 * 1024, 4096, 512]) {
          const chunk = Buffer.alloc(size, 1);
          for (;;) {
            try {
              writeSync(fd, chunk);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw error;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
      return file;
    },
    readOnly: () => remount('ro'),
    readWrite: () => remount('rw'),
    unmount: () => {
      if (!mounted) return;
      mounted = false;
      try {
        run('umount', [dir]);
      } catch {
        run('umount', ['-l', dir]);
      }
    },
  };
};
