/**
 * A build left running by a service that was killed (SIGKILL, OOM) would keep using memory and
 * write into a directory the restarted service removes. On restart its process group is stopped,
 * but only after /proc confirms the pid still belongs to that build (pids get reused).
 */
import { readFileSync } from 'node:fs';

/** False once the process has exited (or only a zombie is left). */
export const processRunning = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/s.test(stat);
  } catch {
    return false;
  }
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const stopOrphanBuild = async (pid: number, releaseId: string): Promise<boolean> => {
  let environ: string;
  try {
    environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return false; // gone, or not Linux
  }
  if (!environ.split('\0').includes(`REBUILD_RELEASE_ID=${releaseId}`)) return false;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    return false;
  }
  // Wait (briefly) until it is really gone, so it cannot write into the next build's place.
  for (let i = 0; i < 100 && processRunning(pid); i++) await sleep(20);
  return true;
};
